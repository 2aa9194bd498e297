using SatisfactionKit.EntityFrameworkCore.Integrity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore;

namespace SatisfactionKit.CounterAgent.Tests.Outbox;

/// <summary>What the fault tests check in the central PostgreSQL database once the outbox has been delivered.</summary>
public static class CentralRatings
{
    /// <summary>
    /// Checks run after the exactly-once checks, with the central database wired as a central host sees
    /// it (<c>AddDbContext&lt;SatisfactionKitDbContext&gt;</c> on it, then
    /// <c>AddSatisfactionKit().AddEntityFrameworkStores&lt;SatisfactionKitDbContext&gt;()</c>, no outbox).
    /// The hash chain verification of issue #8 joins here as one line once the chain branch is merged,
    /// so that both fault tests also prove every chain intact, for example
    /// <c>static async (central, ct) =&gt; Assert.All(await central.GetRequiredService&lt;IRatingChainVerifier&gt;().VerifyAllAsync(ct), r =&gt; Assert.True(r.IsIntact, r.ToString())),</c>
    /// </summary>
    private static readonly Func<IServiceProvider, CancellationToken, Task>[] AfterExactlyOnce =
    [
        // Every unit's hash chain is intact after the outages and the kill: no fork, no gap, no changed link.
        static async (central, ct) => Assert.All(
            await central.GetRequiredService<IRatingChainVerifier>().VerifyAllAsync(cancellationToken: ct),
            r => Assert.True(r.IsIntact, r.ToString())),
    ];

    /// <summary>
    /// Every key of <paramref name="acknowledged"/> is stored centrally exactly once, no key is stored
    /// twice, and nothing outside <paramref name="submitted"/> is stored; then the <see cref="AfterExactlyOnce"/> checks.
    /// Returns how many ratings the central database holds.
    /// </summary>
    public static async Task<int> AssertExactlyOnceAsync(
        string connectionString,
        IReadOnlySet<string> acknowledged,
        IReadOnlySet<string> submitted,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await using (var duplicates = new NpgsqlCommand(
            """SELECT "IdempotencyKey", COUNT(*) FROM "SK_Ratings" GROUP BY "IdempotencyKey" HAVING COUNT(*) > 1 LIMIT 10""", connection))
        await using (var reader = await duplicates.ExecuteReaderAsync(cancellationToken))
        {
            var twice = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                twice.Add($"{reader.GetString(0)} x{reader.GetInt64(1)}");
            }

            Assert.True(twice.Count == 0, $"Stored more than once: {string.Join(", ", twice)}");
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        await using (var keys = new NpgsqlCommand("""SELECT "IdempotencyKey" FROM "SK_Ratings" """, connection))
        await using (var reader = await keys.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Add(reader.GetString(0));
                rows++;
            }
        }

        Assert.Equal(stored.Count, rows);
        var lost = acknowledged.Where(k => !stored.Contains(k)).Take(10).ToList();
        Assert.True(lost.Count == 0, $"Acknowledged but not stored centrally: {string.Join(", ", lost)}");
        var strangers = stored.Where(k => !submitted.Contains(k)).Take(10).ToList();
        Assert.True(strangers.Count == 0, $"Stored centrally but never submitted: {string.Join(", ", strangers)}");

        var services = new ServiceCollection();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(connectionString));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>();
        await using var central = services.BuildServiceProvider();
        foreach (var check in AfterExactlyOnce)
        {
            await check(central, cancellationToken);
        }

        return rows;
    }
}
