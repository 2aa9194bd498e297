using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.CounterAgent.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;

namespace SatisfactionKit.CounterAgent.Tests.Outbox;

/// <summary>
/// A counter machine's process (tests/SatisfactionKit.Outbox.Harness) is SIGKILLed while its counters
/// submit ratings and its forwarder delivers them, then started again: every rating it acknowledged
/// before the kill reaches the central PostgreSQL database, and none arrives twice.
/// </summary>
[Collection(nameof(LoadTests))]
public sealed class KilledHostTests(ITestOutputHelper output)
{
    private const int FirstRun = 5_000;
    private const int KillAfter = 400;
    private const int SecondRun = 200;

    [Fact]
    public async Task Every_rating_acknowledged_before_a_sigkill_is_delivered_once_after_the_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var central = new PostgresTestDatabase();
        var options = new DbContextOptionsBuilder<SatisfactionKitDbContext>().UseNpgsql(central.ConnectionString).Options;
        await using (var context = new SatisfactionKitDbContext(options))
        {
            await context.Database.EnsureCreatedAsync(ct);
        }

        var outbox = Path.Combine(Path.GetTempPath(), $"satisfactionkit-killed-{Guid.NewGuid():N}.db");
        try
        {
            // First life: killed with SIGKILL once enough ratings were acknowledged.
            var acknowledged = new HashSet<string>(StringComparer.Ordinal);
            using (var first = StartHarness(outbox, central.ConnectionString, 0, FirstRun))
            {
                while (acknowledged.Count < KillAfter && await first.StandardOutput.ReadLineAsync(ct) is { } line)
                {
                    Assert.True(line.StartsWith("ACK ", StringComparison.Ordinal), line);
                    acknowledged.Add(line[4..]);
                }

                first.Kill(); // SIGKILL on Linux: no finally, no flush, no disposal runs.
                // Lines already printed were acknowledged too: read them to the end of the pipe.
                while (await first.StandardOutput.ReadLineAsync(ct) is { } line)
                {
                    Assert.True(line.StartsWith("ACK ", StringComparison.Ordinal), $"{line} (the kill came too late: raise {nameof(FirstRun)})");
                    acknowledged.Add(line[4..]);
                }

                await first.WaitForExitAsync(ct);
                Assert.Equal(137, first.ExitCode); // 128 + SIGKILL
            }

            var waiting = CountOutbox(outbox);
            Assert.True(acknowledged.Count >= KillAfter);
            Assert.True(acknowledged.Count < FirstRun, "the harness was killed mid-stream");

            // Second life: the same outbox file; new ratings, and whatever the first life left is delivered.
            using (var second = StartHarness(outbox, central.ConnectionString, FirstRun, SecondRun))
            {
                var lines = new List<string>();
                while (await second.StandardOutput.ReadLineAsync(ct) is { } line)
                {
                    lines.Add(line);
                }

                await second.WaitForExitAsync(ct);
                Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {await second.StandardError.ReadToEndAsync(ct)}");
                Assert.Equal("DELIVERED", lines[^1]);
                foreach (var line in lines.SkipLast(1))
                {
                    acknowledged.Add(line[4..]);
                }
            }

            var submitted = Enumerable.Range(0, FirstRun + SecondRun).Select(i => $"kill-{i:D5}").ToHashSet(StringComparer.Ordinal);
            var stored = await CentralRatings.AssertExactlyOnceAsync(central.ConnectionString, acknowledged, submitted, ct);
            Assert.Equal(0, CountOutbox(outbox));
            var message = $"killed after {acknowledged.Count - SecondRun} acknowledged ratings with {waiting} still in the outbox; " +
                $"after the restart the central store holds {stored} (every acknowledged one, each once)";
            output.WriteLine(message);
            TestContext.Current.SendDiagnosticMessage(message);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { outbox, outbox + "-wal", outbox + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static Process StartHarness(string outbox, string central, int first, int count)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "SatisfactionKit.Outbox.Harness", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "SatisfactionKit.Outbox.Harness");
        Assert.True(File.Exists(harness), $"The harness is not built at {harness}.");
        var start = new ProcessStartInfo(harness) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[outbox, central, first.ToString(System.Globalization.CultureInfo.InvariantCulture), count.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>The ratings waiting in the outbox file, read as the next process would (SQLite recovers the WAL on open).</summary>
    private static long CountOutbox(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = new SqliteCommand("SELECT COUNT(*) FROM outbox_ratings", connection);
        return (long)command.ExecuteScalar()!;
    }
}
