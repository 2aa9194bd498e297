using System.Diagnostics;
using SatisfactionKit.AspNetCore.Tests;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.EndToEnd.Tests;

/// <summary>
/// The server is stopped while counter agents (their own processes) take presses, prompts having been opened before
/// the stop; when it is back every press is delivered and stored exactly once. The normal run is short (2 agents,
/// 50 presses, 10 s); <c>SATISFACTIONKIT_AGENT_OUTAGE=full</c> runs issue 19's size (5 agents, 500 presses, 60 s).
/// </summary>
public sealed class ServerOutageTests : IAsyncDisposable
{
    public const string SizeVariable = "SATISFACTIONKIT_AGENT_OUTAGE";

    private readonly string _database = CounterFlow.TempDatabase();
    private readonly string _url = Central.FreeUrl();
    private TestNode? _node;

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task Presses_taken_while_the_server_is_stopped_are_all_stored_once_when_it_is_back()
    {
        var full = Environment.GetEnvironmentVariable(SizeVariable) == "full";
        var (agents, presses, outage) = full ? (5, 500, TimeSpan.FromSeconds(60)) : (2, 50, TimeSpan.FromSeconds(10));
        var perAgent = presses / agents;
        _node = await StartNodeAsync(create: true);
        var running = new List<(string Counter, AgentProcess Agent)>();
        try
        {
            using (var admin = DeviceEnrollmentFlow.Admin(_node, "UBND-Q1"))
            using (var officer = _node.Client(officer: true))
            {
                for (var i = 0; i < agents; i++)
                {
                    var counter = $"E2E-OUT-{i:D2}";
                    var code = (await DeviceEnrollmentFlow.EnrollAsync(admin, "UBND-Q1", counter)).EnrollmentCode;
                    var agent = AgentProcess.Start(_node.Address, AgentProcess.NewFolder(), counter, code);
                    running.Add((counter, agent));
                    await CounterFlow.OpenAsync(officer, counter, $"READY-OUT-{i:D2}");
                }

                foreach (var (counter, agent) in running)
                {
                    await agent.WaitForLedAsync(AgentProcess.LedAsking);
                    await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.Waiting, () => agent.Log);
                }
            }

            // The server stops (its open prompts end with its memory); the citizens go on pressing, spread over the outage.
            await _node.DisposeAsync();
            _node = null;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(running.Select(async r =>
            {
                for (var p = 0; p < perAgent; p++)
                {
                    await r.Agent.PressAsync(p % 3 == 0 ? "KHL" : "HL");
                    var due = outage * (p + 1) / perAgent;
                    if (due > clock.Elapsed)
                    {
                        await Task.Delay(due - clock.Elapsed, TestContext.Current.CancellationToken);
                    }
                }
            }));
            foreach (var (_, agent) in running)
            {
                await Central.WaitUntilAsync(() => agent.Kept() == perAgent, () => $"{agent.Kept()} of {perAgent} kept\n{agent.Log}");
            }

            _node = await StartNodeAsync(create: false);
            foreach (var (counter, agent) in running)
            {
                await Central.WaitUntilAsync(() => agent.Kept() == 0, () => $"{counter}: {agent.Kept()} still kept\n{agent.Log}");
            }

            foreach (var (counter, _) in running)
            {
                // Every press once: the prompts did not outlive the stopped node, so each press is a stray press on arrival.
                Assert.Equal(perAgent, Central.Strays(_database, counter));
                Assert.Equal(0, Central.Ratings(_database, counter));
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{agents} agents, {presses} presses over {clock.Elapsed.TotalSeconds:F1} s of outage, all stored once");
        }
        finally
        {
            foreach (var (_, agent) in running)
            {
                await agent.DisposeAsync();
            }
        }
    }

    private Task<TestNode> StartNodeAsync(bool create) =>
        TestNode.StartAsync(new NodeSetup(_database) { Url = _url, DevelopmentDevices = false, DeviceEnrollment = true, CreateDatabase = create });
}
