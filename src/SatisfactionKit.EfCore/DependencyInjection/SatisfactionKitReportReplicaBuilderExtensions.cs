using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit;
using SatisfactionKit.EntityFrameworkCore.Reports;
using SatisfactionKit.Reports;

// The extension lives in the DI namespace, as AddEntityFrameworkStores does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Sends SatisfactionKit's report queries to a read replica of its database.</summary>
public static class SatisfactionKitReportReplicaBuilderExtensions
{
    /// <summary>
    /// Runs the report queries (<see cref="ISatisfactionReportQueries"/>, <see cref="IUnitReportQueries"/>, and so
    /// <see cref="SatisfactionReportBuilder"/>) on a second connection, such as a PostgreSQL streaming replica, and
    /// nothing else: every store still writes and reads through the context given to <c>AddEntityFrameworkStores</c>.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <param name="configure">
    /// Sets the replica's provider and connection, as the <c>AddDbContext</c> call sets the primary's, for example
    /// <c>o =&gt; o.UseNpgsql(replicaConnectionString)</c>.
    /// </param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// The report queries create the same context type (so the same model, with the table names given to
    /// <c>UseSatisfactionKit</c>) with these options only, not the primary's: repeat here any option that shapes the
    /// model, such as a naming convention. The context must have a public constructor taking its
    /// <see cref="DbContextOptions{TContext}"/> (or <see cref="DbContextOptions"/>).
    /// </para>
    /// <para>
    /// Its queries do not track, and it is read-only: <c>SaveChanges</c>, <c>ExecuteUpdate</c>, <c>ExecuteDelete</c>
    /// and <c>ExecuteSql</c> through it throw <see cref="InvalidOperationException"/> before reaching the server.
    /// A replica replays the primary's changes a little later, so a report may leave out the latest ratings for as
    /// long as the replication lag. The scheme and the unit catalogue are still read through the stores.
    /// Called again, the last configuration wins.
    /// </para>
    /// </remarks>
    public static SatisfactionKitBuilder UseReportReplica(this SatisfactionKitBuilder builder, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseReportReplica((_, options) => configure(options));
    }

    /// <summary>
    /// Runs the report queries on a second connection, as <see cref="UseReportReplica(SatisfactionKitBuilder, Action{DbContextOptionsBuilder})"/>,
    /// with the scope's services at hand (the configuration, to read the replica's connection string).
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>.</param>
    /// <param name="configure">Sets the replica's provider and connection from the services of the report query's scope.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static SatisfactionKitBuilder UseReportReplica(this SatisfactionKitBuilder builder, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.RemoveAll<ReportReplica>();
        builder.Services.AddSingleton(new ReportReplica(configure));
        return builder;
    }
}
