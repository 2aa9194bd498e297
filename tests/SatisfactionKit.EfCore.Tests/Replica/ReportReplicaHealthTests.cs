using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Replica;

/// <summary>The report replica's health check: Healthy when it answers, Degraded when it is away, Healthy with nothing to check without one.</summary>
public sealed class ReportReplicaHealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_streaming_replica_is_healthy()
    {
        var replica = TestEnvironment.PostgresReplicaConnectionString();
        var entry = await CheckAsync("postgres", o => o.UseNpgsql(replica));

        Assert.True(entry.Status == HealthStatus.Healthy, $"{entry.Status}: {entry.Description} {entry.Exception}");
        Assert.Null(entry.Description);
    }

    [Fact]
    public async Task An_unreachable_replica_is_degraded_not_unhealthy()
    {
        // Nothing listens on port 1: the connection is refused at once.
        var away = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = 1, Username = "satisfactionkit", Timeout = 2 }.ConnectionString;
        var entry = await CheckAsync("sqlite", o => o.UseNpgsql(away));

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("The report replica cannot be reached", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_replica_there_is_nothing_to_check()
    {
        var entry = await CheckAsync("sqlite", replica: null);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Contains("No report replica is configured", entry.Description, StringComparison.Ordinal);
    }

    private static async Task<HealthReportEntry> CheckAsync(string provider, Action<DbContextOptionsBuilder>? replica)
    {
        await using var fixture = await StoreFixture.CreateAsync(provider, configure: services =>
        {
            services.AddLogging();
            services.AddHealthChecks().AddSatisfactionKitReportReplica<VendorDbContext>();
            if (replica is not null)
            {
                services.AddSatisfactionKit().UseReportReplica(replica);
            }
        });
        var report = await fixture.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);
        return report.Entries["satisfactionkit-report-replica"];
    }
}
