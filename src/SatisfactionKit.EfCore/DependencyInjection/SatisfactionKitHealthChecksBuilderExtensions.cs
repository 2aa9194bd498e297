using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SatisfactionKit.EntityFrameworkCore.Health;

// The extension lives in the DI namespace, as the health checks' own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>SatisfactionKit's database in ASP.NET Core health checks.</summary>
public static class SatisfactionKitHealthChecksBuilderExtensions
{
    /// <summary>The health check's default name.</summary>
    public const string DatabaseCheckName = "satisfactionkit-database";

    /// <summary>The report replica check's default name.</summary>
    public const string ReportReplicaCheckName = "satisfactionkit-report-replica";

    /// <summary>
    /// Adds a check that <typeparamref name="TContext"/> (the context given to <c>AddEntityFrameworkStores</c>) reaches its
    /// database: <c>/health</c> then says Unhealthy while PostgreSQL (or SQL Server, or the SQLite file) is away.
    /// Tagged <c>ready</c> and <c>database</c>, for a readiness probe that filters by tag.
    /// </summary>
    /// <param name="builder">The builder returned by <c>services.AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name. Default <see cref="DatabaseCheckName"/>.</param>
    /// <param name="timeout">How long the check may take before it counts as failed. Default 5 seconds.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static IHealthChecksBuilder AddSatisfactionKitDatabase<TContext>(this IHealthChecksBuilder builder, string name = DatabaseCheckName, TimeSpan? timeout = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name,
            sp => ActivatorUtilities.CreateInstance<DatabaseHealthCheck<TContext>>(sp),
            HealthStatus.Unhealthy,
            ["ready", "database"],
            timeout ?? TimeSpan.FromSeconds(5)));
    }

    /// <summary>
    /// Adds a check that the report replica (<c>UseReportReplica</c>) of <typeparamref name="TContext"/> can be reached;
    /// Healthy with nothing to check when none is configured. Tagged <c>database</c> and <c>replica</c>, not <c>ready</c>:
    /// without the replica the reports fail but ratings are still recorded, so by default it says Degraded, not Unhealthy.
    /// </summary>
    /// <param name="builder">The builder returned by <c>services.AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name. Default <see cref="ReportReplicaCheckName"/>.</param>
    /// <param name="failureStatus">What an unreachable replica reports. Default <see cref="HealthStatus.Degraded"/>.</param>
    /// <param name="timeout">How long the check may take before it counts as failed. Default 5 seconds.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    public static IHealthChecksBuilder AddSatisfactionKitReportReplica<TContext>(
        this IHealthChecksBuilder builder, string name = ReportReplicaCheckName, HealthStatus failureStatus = HealthStatus.Degraded, TimeSpan? timeout = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name,
            sp => ActivatorUtilities.CreateInstance<ReportReplicaHealthCheck<TContext>>(sp),
            failureStatus,
            ["database", "replica"],
            timeout ?? TimeSpan.FromSeconds(5)));
    }
}
