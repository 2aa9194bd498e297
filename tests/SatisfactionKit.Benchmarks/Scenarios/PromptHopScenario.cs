using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Benchmarks.Data;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P6 (issue 19): the officer returns a result on node A; the counter's agent is connected to node B (two server node
/// processes, one Redis, one SQLite file). Measured: from the officer's request to the agent's <c>PromptChanged</c>.
/// The same with the agent on node A, in the same run, is the baseline the hop through Redis is compared with.
/// </summary>
public static class PromptHopScenario
{
    public const string Name = "hop";
    private const int Warmup = 50;

    /// <summary>Opens <paramref name="prompts"/> prompts each way (after a warm-up) and reports the latencies.</summary>
    public static async Task<ScenarioResult> RunAsync(int prompts, string redis)
    {
        var database = await BenchDatabases.CreateSqliteAsync("hop");
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database).DataSource;
        var prefix = $"sk-bench-{Guid.NewGuid():N}:";
        try
        {
            await using var a = await ServerNodeProcess.StartAsync(new Dictionary<string, string> { ["Id"] = "node-a", ["Sqlite"] = file, ["Redis"] = redis, ["RedisPrefix"] = prefix });
            await using var b = await ServerNodeProcess.StartAsync(new Dictionary<string, string> { ["Id"] = "node-b", ["Sqlite"] = file, ["Redis"] = redis, ["RedisPrefix"] = prefix });
            using var officer = new HttpClient { BaseAddress = a.Address };
            var hop = await MeasureAsync(officer, b.Address, "HOP-B", prompts);
            var local = await MeasureAsync(officer, a.Address, "HOP-A", prompts);
            return new ScenarioResult(Name)
                .AddLatencies("other_node", hop)
                .AddLatencies("same_node", local)
                .Add("ratio.p99", ScenarioResult.Percentile(hop, 0.99) / ScenarioResult.Percentile(local, 0.99));
        }
        finally
        {
            BenchDatabases.DeleteSqlite(database);
        }
    }

    private static async Task<List<double>> MeasureAsync(HttpClient officer, Uri agentNode, string counter, int prompts)
    {
        var arrivals = new ConcurrentDictionary<string, TaskCompletionSource<long>>(StringComparer.Ordinal);
        await using var agent = await CounterHubClients.ConnectAsync(agentNode, counter);
        agent.On<JsonElement>("PromptChanged", status =>
        {
            var at = Stopwatch.GetTimestamp();
            var waiting = status.GetProperty("state") is { ValueKind: JsonValueKind.Number } number ? number.GetInt32() == 0 : status.GetProperty("state").GetString() == "AwaitingAnswer";
            if (waiting && arrivals.TryGetValue(status.GetProperty("dossierCode").GetString()!, out var arrival))
            {
                arrival.TrySetResult(at);
            }
        });

        var latencies = new List<double>(prompts);
        for (var i = 0; i < Warmup + prompts; i++)
        {
            var dossier = $"{counter}-{i}";
            var arrival = arrivals.GetOrAdd($"{CounterHubClients.Unit}/{dossier}", _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
            var sent = Stopwatch.GetTimestamp();
            await CounterHubClients.OpenPromptAsync(officer, counter, dossier);
            var received = await arrival.Task.WaitAsync(TimeSpan.FromSeconds(10));
            if (i >= Warmup)
            {
                latencies.Add(Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
            }
        }

        return latencies;
    }
}
