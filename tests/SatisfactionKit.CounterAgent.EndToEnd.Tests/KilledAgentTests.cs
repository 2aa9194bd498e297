using SatisfactionKit.AspNetCore.Tests;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.EndToEnd.Tests;

/// <summary>
/// The agent keeps presses while the server is away and is SIGKILLed with them on its disk, then again in the middle
/// of delivering them: after the restarts every press arrives, none twice (device-scoped idempotency keys).
/// </summary>
public sealed class KilledAgentTests : IAsyncDisposable
{
    private const int Presses = 150;
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
    public async Task Presses_kept_while_the_server_is_away_survive_two_kills_of_the_agent_and_are_stored_exactly_once()
    {
        const string unit = "UBND-Q1";
        const string counter = "E2E-KILL-01";
        _node = await StartNodeAsync(create: true);
        using (var admin = DeviceEnrollmentFlow.Admin(_node, unit))
        {
            var code = (await DeviceEnrollmentFlow.EnrollAsync(admin, unit, counter)).EnrollmentCode;
            var folder = AgentProcess.NewFolder();
            await using var agent = AgentProcess.Start(_node.Address, folder, counter, code);
            using (var officer = _node.Client(officer: true))
            {
                await CounterFlow.OpenAsync(officer, counter, "READY-KILL-1");
                await agent.WaitForLedAsync(AgentProcess.LedAsking);
                await agent.PressAsync("HL");
                await agent.WaitForLedAsync(AgentProcess.LedThanks);
                await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.Done);
                // Its answer reached the agent too (without Redis a node's press receipts die with it; see docs/deployment.md).
                await Central.WaitUntilAsync(() => agent.Kept() == 0, () => agent.Log);
            }

            // The server goes away; the citizen's presses (no prompt open any more: strays) are kept on the agent's disk.
            await _node.DisposeAsync();
            _node = null;
            for (var i = 0; i < Presses; i++)
            {
                await agent.PressAsync(i % 2 == 0 ? "HL" : "KHL");
            }

            await Central.WaitUntilAsync(() => agent.Kept() == Presses, () => $"{agent.Kept()} of {Presses} kept\n{agent.Log}");
            await agent.KillAsync();

            // The server is back; the restarted agent delivers, and is killed again while it does.
            _node = await StartNodeAsync(create: false);
            await using (var second = AgentProcess.Start(_node.Address, folder, counter))
            {
                await Central.WaitUntilAsync(() => Central.Strays(_database, counter) > 0, () => "no delivery began\n" + second.Log);
                await second.KillAsync();
                TestContext.Current.TestOutputHelper?.WriteLine($"second agent killed with {Central.Strays(_database, counter)} of {Presses} presses stored, {second.Kept()} still kept");
            }

            await using var third = AgentProcess.Start(_node.Address, folder, counter);
            await Central.WaitUntilAsync(() => third.Kept() == 0, () => $"{third.Kept()} still kept\n{third.Log}");
            Assert.Equal(Presses, Central.Strays(_database, counter));
            Assert.Equal(1, Central.Ratings(_database, counter));
        }
    }

    private Task<TestNode> StartNodeAsync(bool create) =>
        TestNode.StartAsync(new NodeSetup(_database) { Url = _url, DevelopmentDevices = false, DeviceEnrollment = true, CreateDatabase = create });
}
