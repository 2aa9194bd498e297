using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.CounterAgent.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Tests.Outbox;

/// <summary>
/// The central PostgreSQL server crashes twice (<c>pg_ctl stop -m immediate</c>, then started again)
/// while 16 counters submit ratings through their outbox. The server is a private cluster of this test
/// on a port of its own, so the shared test server and the tests using it are not disturbed.
/// </summary>
/// <remarks>
/// The normal run submits 2,000 ratings; the full count of issue #8 runs with
/// <c>SATISFACTIONKIT_OUTBOX_FAULT_RATINGS=10000 ./scripts/test.sh</c> (see docs/outbox.md).
/// </remarks>
[Collection(nameof(LoadTests))]
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    public const string RatingsVariable = "SATISFACTIONKIT_OUTBOX_FAULT_RATINGS";
    private const int Counters = 16;

    [Fact]
    public async Task Ratings_from_sixteen_counters_arrive_exactly_once_through_two_immediate_postgres_stops()
    {
        var ct = TestContext.Current.CancellationToken;
        var total = int.TryParse(Environment.GetEnvironmentVariable(RatingsVariable), CultureInfo.InvariantCulture, out var n) ? n : 2_000;
        await using var cluster = await PrivatePostgresCluster.StartAsync(ct);
        var centralConnection = cluster.ConnectionString("satisfactionkit_central");
        await using var host = new OutboxHost(o => o.UseNpgsql(centralConnection), TimeProvider.System, o => o.MaxParallelCounters = 4);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync(ct);
        }

        await host.StartForwarderAsync(ct);
        var service = host.RatingService;
        var returned = DateTimeOffset.UtcNow.AddMinutes(-5);
        var next = -1;
        var acknowledged = 0;
        var stopwatch = Stopwatch.StartNew();

        var writers = Enumerable.Range(0, Counters).Select(counter => Task.Run(async () =>
        {
            var keys = new List<string>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var key = $"QUAY-{counter:D2}-{i:D5}";
                var result = await service.SubmitAsync(
                    new RatingSubmission
                    {
                        Dossier = new DossierReference($"000.00.17.H29-261102-{i:D5}", "1.001234", $"UBND-P{counter % 4}", $"CB-{counter:D3}", $"QUAY-{counter:D2}"),
                        Channel = RatingChannel.CounterPad,
                        Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", i % 7 == 0 ? "KHL" : "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL")],
                        ResultReturnedAt = returned,
                        DeviceId = $"PAD-{counter:D2}",
                        IdempotencyKey = key,
                    },
                    ct);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
                keys.Add(key);
                Interlocked.Increment(ref acknowledged);
            }

            return keys;
        }, ct)).ToArray();

        // Two crashes, each starting and ending while the counters are still submitting: down from 1/6 to 2/6 of the
        // ratings and from 3/6 to 4/6, so that a third of them is still to come while the server starts again (the
        // counters' local acknowledgements are fast: with fifths, a slow restart on a loaded machine saw them all).
        var pendingWhileDown = new List<int>();
        var acknowledgedAtLastStart = 0;
        for (var crash = 0; crash < 2; crash++)
        {
            await WaitForAsync(() => Volatile.Read(ref acknowledged) >= total * (1 + (2 * crash)) / 6, ct);
            await cluster.StopImmediateAsync(ct);
            output.WriteLine($"crash {crash + 1}: stopped at {Volatile.Read(ref acknowledged)} acknowledged, {stopwatch.Elapsed.TotalSeconds:F1} s");
            await WaitForAsync(() => Volatile.Read(ref acknowledged) >= total * (2 + (2 * crash)) / 6, ct);
            pendingWhileDown.Add((await host.Outbox.GetStatusAsync(ct)).Pending);
            await cluster.StartServerAsync(ct);
            acknowledgedAtLastStart = Volatile.Read(ref acknowledged);
            output.WriteLine($"crash {crash + 1}: started at {Volatile.Read(ref acknowledged)} acknowledged, {stopwatch.Elapsed.TotalSeconds:F1} s");
        }

        var submitted = (await Task.WhenAll(writers)).SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        var submittedIn = stopwatch.Elapsed;
        Assert.True(acknowledgedAtLastStart < total, "the server came back before the last submission");
        Assert.True(await host.Outbox.WaitForDeliveryAsync(TimeSpan.FromMinutes(5), ct), "the outbox was not delivered within 5 minutes");
        stopwatch.Stop();

        Assert.Equal(total, submitted.Count);
        var stored = await CentralRatings.AssertExactlyOnceAsync(centralConnection, submitted, submitted, ct);
        Assert.Equal(total, stored);
        Assert.All(pendingWhileDown, pending => Assert.True(pending > 0, "ratings waited in the outbox while the server was down"));
        Assert.True(host.Total("satisfactionkit.outbox.delivery.failures") > 0, "deliveries failed while the server was down");
        Assert.Equal(total, host.Total("satisfactionkit.outbox.enqueued"));
        Assert.True(host.Total("satisfactionkit.outbox.delivered") >= total);
        var message = $"{total} ratings from {Counters} counters, 2 immediate stops: submitted in {submittedIn.TotalSeconds:F1} s, " +
            $"all delivered after {stopwatch.Elapsed.TotalSeconds:F1} s; waiting while down: {string.Join(", ", pendingWhileDown)}; " +
            $"delivery failures {host.Total("satisfactionkit.outbox.delivery.failures")}, central reads answered offline {host.Total("satisfactionkit.outbox.central_read.failures")}";
        output.WriteLine(message);
        TestContext.Current.SendDiagnosticMessage(message);
    }

    private static async Task WaitForAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
