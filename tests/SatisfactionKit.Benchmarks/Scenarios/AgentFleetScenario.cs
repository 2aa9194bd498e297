using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Benchmarks.Data;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P7 (issue 19): one server node process holding <c>agents</c> counter-agent hub connections (simulated in this
/// process) while officers return results and citizens press at a fixed rate. Measured: press → acknowledgement over
/// the hub (the rating stored), the officer's prompt request, and the node's resident set, sampled every second.
/// </summary>
public static class AgentFleetScenario
{
    public const string Name = "fleet";

    /// <summary>Runs <paramref name="seconds"/> s of <paramref name="rate"/> presses/s spread over <paramref name="agents"/> agents.</summary>
    public static async Task<ScenarioResult> RunAsync(int agents, int rate, int seconds, bool postgres)
    {
        var database = postgres ? await BenchDatabases.CreatePostgresAsync() : await BenchDatabases.CreateSqliteAsync("fleet");
        var settings = postgres
            ? new Dictionary<string, string> { ["Postgres"] = database }
            : new Dictionary<string, string> { ["Sqlite"] = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database).DataSource };
        try
        {
            await using var node = await ServerNodeProcess.StartAsync(settings);
            var idle = node.ResidentMegabytes().Now;
            var connections = await ConnectAllAsync(node.Address, agents, Counter);
            var connected = node.ResidentMegabytes().Now;
            using var officer = new HttpClient { BaseAddress = node.Address };
            var warmedUp = await WarmUpAsync(node.Address, officer);
            var presses = new ConcurrentBag<double>();
            var opens = new ConcurrentBag<double>();
            var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var rss = new List<double>();
            using var sampling = new CancellationTokenSource();
            var sampler = SampleAsync(node, rss, sampling.Token);

            var total = rate * seconds;
            var started = Stopwatch.GetTimestamp();
            var running = new List<Task>(total);
            for (var i = 0; i < total; i++)
            {
                // Open loop: press i starts at i / rate seconds whatever the earlier ones are doing.
                var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(started);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }

                var k = i % agents;
                running.Add(OneAsync(officer, connections[k], Counter(k), i, presses, opens, outcomes));
            }

            await Task.WhenAll(running);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await sampling.CancelAsync();
            await sampler;
            var (end, peak) = node.ResidentMegabytes();
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            var result = new ScenarioResult(Name)
                .Add("agents", agents)
                .Add("presses", total)
                .Add("presses_per_s", total / elapsed)
                .Add("rated", outcomes.GetValueOrDefault("Rated"))
                // Each acknowledged rating stored once: the table's rows less the warm-up's.
                .Add("stored", await StoredRatingsAsync(database, postgres) - warmedUp)
                .AddLatencies("press_ack", [.. presses])
                .AddLatencies("open_prompt", [.. opens])
                .Add("rss.idle.mb", idle)
                .Add("rss.connected.mb", connected)
                .Add("rss.max_sampled.mb", rss.Count > 0 ? rss.Max() : end)
                .Add("rss.peak_vmhwm.mb", peak);
            return result;
        }
        finally
        {
            if (!postgres)
            {
                BenchDatabases.DeleteSqlite(database);
            }
        }
    }

    /// <summary>
    /// JIT, connection pools and the database's first writes, on counters of their own (a counter just rated would
    /// take the measured press within MinimumResponseInterval as too fast).
    /// </summary>
    private static async Task<int> WarmUpAsync(Uri node, HttpClient officer)
    {
        const int Counters = 100;
        var ignored = new ConcurrentBag<double>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        static string Warm(int k) => "WARM-" + k.ToString("D3", CultureInfo.InvariantCulture);
        var warm = await ConnectAllAsync(node, Counters, Warm);
        await Parallel.ForAsync(0, Counters, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (k, _) =>
            await OneAsync(officer, warm[k], Warm(k), -1 - k, ignored, ignored, outcomes));
        foreach (var connection in warm)
        {
            await connection.DisposeAsync();
        }

        return outcomes.GetValueOrDefault("Rated");
    }

    private static async Task<int> StoredRatingsAsync(string database, bool postgres)
    {
        await using System.Data.Common.DbConnection connection = postgres ? new Npgsql.NpgsqlConnection(database) : new Microsoft.Data.Sqlite.SqliteConnection(database);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"SK_Ratings\"";
        return Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Counter(int k) => "FLEET-" + k.ToString("D4", CultureInfo.InvariantCulture);

    private static async Task<HubConnection[]> ConnectAllAsync(Uri node, int agents, Func<int, string> counter)
    {
        var connections = new HubConnection[agents];
        await Parallel.ForAsync(0, agents, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (k, ct) =>
            connections[k] = await CounterHubClients.ConnectAsync(node, counter(k), ct));
        return connections;
    }

    private static async Task OneAsync(HttpClient officer, HubConnection agent, string counter, int i, ConcurrentBag<double> presses, ConcurrentBag<double> opens, ConcurrentDictionary<string, int> outcomes)
    {
        var opening = Stopwatch.GetTimestamp();
        await CounterHubClients.OpenPromptAsync(officer, counter, $"{counter}-{i}");
        opens.Add(Stopwatch.GetElapsedTime(opening).TotalMilliseconds);
        var pressing = Stopwatch.GetTimestamp();
        var ack = await agent.InvokeAsync<JsonElement>("Press", new { levelCode = "HL", idempotencyKey = $"fleet-{i}" });
        presses.Add(Stopwatch.GetElapsedTime(pressing).TotalMilliseconds);
        var disposition = ack.GetProperty("disposition") is { ValueKind: JsonValueKind.Number } n ? n.GetInt32().ToString(CultureInfo.InvariantCulture) : ack.GetProperty("disposition").GetString()!;
        outcomes.AddOrUpdate(disposition == "0" ? "Rated" : disposition, 1, (_, c) => c + 1);
    }

    private static async Task SampleAsync(ServerNodeProcess node, List<double> rss, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                rss.Add(node.ResidentMegabytes().Now);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }
}
