using SatisfactionKit.AspNetCore.Tests;
using SatisfactionKit.Prompts;
using SatisfactionKit.Testing;

namespace SatisfactionKit.CounterAgent.EndToEnd.Tests;

/// <summary>
/// Two Kestrel nodes sharing one Redis and one SQLite file; the officer works on node A, the counter agent (its own
/// process, enrolled with a one-time code) is connected to node B.
/// </summary>
public sealed class AgentThroughTwoNodesTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _a = null!;
    private TestNode _b = null!;

    public async ValueTask InitializeAsync()
    {
        var redis = TestEnvironment.RedisConfiguration();
        var prefix = $"sk-e2e-{Guid.NewGuid():N}:";
        _a = await TestNode.StartAsync(new NodeSetup(_database) { Redis = redis, RedisPrefix = prefix, NodeId = "node-a", DevelopmentDevices = false, DeviceEnrollment = true });
        _b = await TestNode.StartAsync(new NodeSetup(_database) { Redis = redis, RedisPrefix = prefix, NodeId = "node-b", DevelopmentDevices = false, DeviceEnrollment = true, CreateDatabase = false });
    }

    public async ValueTask DisposeAsync()
    {
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task Return_result_on_node_A_lights_the_pad_of_an_agent_on_node_B_its_press_is_stored_once_and_the_officer_sees_done()
    {
        const string unit = "UBND-Q1";
        const string counter = "E2E-2N-01";
        using var admin = DeviceEnrollmentFlow.Admin(_a, unit);
        var enrollment = await DeviceEnrollmentFlow.EnrollAsync(admin, unit, counter);
        using var officer = _a.Client(officer: true);

        // Before the agent runs, a prompt nobody can answer says so on the officer's screen.
        var first = await CounterFlow.OpenAsync(officer, counter, "READY-E2E-1");
        Assert.Equal(OfficerPromptState.PadOffline, first.State);

        await using var agent = AgentProcess.Start(_b.Address, AgentProcess.NewFolder(), counter, enrollment.EnrollmentCode);
        await agent.WaitForLedAsync(AgentProcess.LedAsking);       // told of the open prompt when it connects
        await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.Waiting, () => agent.Log);
        Assert.True(File.Exists(agent.CredentialPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(agent.CredentialPath));
        }

        await agent.PressAsync("HL");
        await agent.WaitForLedAsync(AgentProcess.LedThanks);
        await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.Done, () => agent.Log);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-E2E-1"));
        await Central.WaitUntilAsync(() => agent.Kept() == 0, () => $"{agent.Kept()} presses still kept");

        // A prompt opened while the agent is connected reaches it through the backplane, and so does its press.
        var second = await CounterFlow.OpenAsync(officer, counter, "READY-E2E-2");
        Assert.Equal(OfficerPromptState.Waiting, second.State);
        await agent.WaitForLedAsync(AgentProcess.LedAsking);
        await agent.PressAsync("HL");
        await agent.WaitForLedAsync(AgentProcess.LedThanks);
        await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.Done);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-E2E-2"));
        Assert.Equal(2, Central.Ratings(_database, counter));
        Assert.Equal(0, Central.Strays(_database, counter));

        // The agent goes away (killed): the officer's open prompt turns "pad offline" on either node.
        await CounterFlow.OpenAsync(officer, counter, "READY-E2E-3");
        await agent.WaitForLedAsync(AgentProcess.LedAsking);
        await agent.KillAsync();
        await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.PadOffline);
        using var officerAtB = _b.Client(officer: true);
        await Central.WaitForOfficerAsync(officerAtB, counter, OfficerPromptState.PadOffline);
    }
}
