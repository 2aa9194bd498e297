using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SatisfactionKit.Testing;
using static SatisfactionKit.AspNetCore.Tests.DeviceEnrollmentFlow;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>Simultaneous redemptions of one enrollment code over HTTP: the database lets one win (SQLite here, PostgreSQL below).</summary>
internal static class EnrollmentRaces
{
    public static async Task OneOfTenWinsAsync(TestNode node)
    {
        using var admin = Admin(node, "UBND-Q1");
        var enrollment = await EnrollAsync(admin, "UBND-Q1", $"QUAY-R{Guid.NewGuid():N}"[..12]);
        using var device = node.Client();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            using var response = await RedeemAsync(device, enrollment.EnrollmentCode);
            return response.StatusCode;
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.Conflict));
    }
}

/// <summary>Enrollment's race on PostgreSQL, the conditional UPDATE under real row locks.</summary>
public sealed class PostgresEnrollmentTests
{
    [Fact]
    public async Task Of_ten_simultaneous_redemptions_of_one_code_one_gets_a_credential()
    {
        var server = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString()) { Database = $"sk_enroll_{Guid.NewGuid():N}" };
        try
        {
            await using var node = await TestNode.StartAsync(new NodeSetup(CounterFlow.TempDatabase())
            {
                UseDatabase = o => o.UseNpgsql(server.ConnectionString),
                DevelopmentDevices = false,
                DeviceEnrollment = true,
            });
            await EnrollmentRaces.OneOfTenWinsAsync(node);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString());
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{server.Database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }
}
