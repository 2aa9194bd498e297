using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Sqlite;

// The extension lives in the DI namespace, as AddEntityFrameworkStores does, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>The SQLite fast path for SatisfactionKit's Entity Framework Core stores.</summary>
public static class SatisfactionKitSqliteBuilderExtensions
{
    /// <summary>
    /// Makes the rating store write to an SQLite database through one writer lane with statements prepared
    /// once on a connection kept open (a press pays for its rows and its commit, not for EF Core's change
    /// tracking and SQL generation), answer "is this dossier rated?" with prepared queries, and take the
    /// write-ahead-log checkpoint off the presses' commits.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddSatisfactionKit()</c>; call <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> too, before or after.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// Ratings, chains, idempotency and the one-transaction prompt record stay exactly as on EF Core's
    /// path; tables, columns and value conversions come from the context's model, and the vendor's command
    /// and transaction interceptors see the statements. A context whose connection is not SQLite keeps EF
    /// Core's statements, so one registration serves mixed deployments.
    /// </remarks>
    public static SatisfactionKitBuilder UseSqliteFastPath(this SatisfactionKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRatingStoreFastPath, SqliteRatingStoreFastPath>());
        return builder;
    }
}
