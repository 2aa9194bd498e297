using System.Text.Json;
using SatisfactionKit.AspNetCore.Tests;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.CounterAgent.EndToEnd.Tests;

/// <summary>
/// Agents whose credential the server must refuse — wrong, revoked, or bound to another unit's counter — never connect
/// as that counter and none of their kept presses is stored; the officer's open prompt says "pad offline".
/// </summary>
public sealed class RefusedAgentTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    public async ValueTask InitializeAsync() =>
        _node = await TestNode.StartAsync(new NodeSetup(_database) { DevelopmentDevices = false, DeviceEnrollment = true });

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task A_wrong_credential_is_refused_at_connect_and_its_presses_stay_kept()
    {
        const string counter = "E2E-WRONG-01";
        using (var admin = DeviceEnrollmentFlow.Admin(_node, "UBND-Q1"))
        {
            await DeviceEnrollmentFlow.EnrollAsync(admin, "UBND-Q1", counter);
        }

        var folder = AgentProcess.NewFolder();
        await File.WriteAllTextAsync(
            Path.Combine(folder, "credential.json"),
            JsonSerializer.Serialize(new { deviceId = Guid.NewGuid().ToString(), unitCode = "UBND-Q1", counterId = counter, credential = "skd1_" + new string('A', 43), hubPath = "/hubs/counters" }),
            TestContext.Current.CancellationToken);
        await using var agent = AgentProcess.Start(_node.Address, folder, counter);
        using var officer = _node.Client(officer: true);
        await CounterFlow.OpenAsync(officer, counter, "READY-WRONG-1");

        await agent.NextAsync(l => l.Contains("could not connect", StringComparison.Ordinal), "a refused connection");
        await agent.NextAsync(l => l.Contains("could not connect", StringComparison.Ordinal), "a second refused connection");
        await agent.PressAsync("HL");
        await Central.WaitUntilAsync(() => agent.Kept() == 1, () => agent.Log);

        Assert.Equal(OfficerPromptState.PadOffline, (await CounterFlow.StatusAsync(officer, counter)).State);
        Assert.Equal(0, Central.Ratings(_database, counter) + Central.Strays(_database, counter));
    }

    [Fact]
    public async Task A_revoked_agent_is_cut_off_at_its_next_press_refused_at_reconnect_and_its_press_is_not_stored()
    {
        const string unit = "UBND-Q1";
        const string counter = "E2E-REVOKED-01";
        using var admin = DeviceEnrollmentFlow.Admin(_node, unit);
        var enrollment = await DeviceEnrollmentFlow.EnrollAsync(admin, unit, counter);
        await using var agent = AgentProcess.Start(_node.Address, AgentProcess.NewFolder(), counter, enrollment.EnrollmentCode);
        using var officer = _node.Client(officer: true);
        await CounterFlow.OpenAsync(officer, counter, "READY-REVOKED-1");
        await agent.WaitForLedAsync(AgentProcess.LedAsking);
        await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.Waiting, () => agent.Log);

        using (var revoke = await admin.DeleteAsync($"/api/devices/{enrollment.DeviceId}", TestContext.Current.CancellationToken))
        {
            Assert.True(revoke.IsSuccessStatusCode);
        }

        await agent.PressAsync("HL");
        // Cut off at the press (the server closes the connection), then refused at every reconnect.
        await agent.NextAsync(l => l.Contains("could not connect", StringComparison.Ordinal), "a refused reconnection");
        await Central.WaitForOfficerAsync(officer, counter, OfficerPromptState.PadOffline, () => agent.Log);
        Assert.Equal(1, agent.Kept());
        Assert.Equal(0, await CounterFlow.RatingsOfAsync(_node.Services, "READY-REVOKED-1"));
        Assert.Equal(0, Central.Strays(_database, counter));
    }

    [Fact]
    public async Task An_agent_with_a_credential_of_unit_A_serves_only_unit_As_counter_never_unit_Bs()
    {
        using var adminA = DeviceEnrollmentFlow.Admin(_node, "UBND-Q1");
        var enrollment = await DeviceEnrollmentFlow.EnrollAsync(adminA, "UBND-Q1", "E2E-A-01");

        // The agent's pad is set up for unit B's counter; its credential is unit A's.
        await using var agent = AgentProcess.Start(_node.Address, AgentProcess.NewFolder(), "E2E-B-01", enrollment.EnrollmentCode);
        using var officerA = _node.Client(officer: true);
        using var officerB = _node.Client(officer: true);
        await CounterFlow.OpenAsync(officerA, "E2E-A-01", "READY-UNIT-A");
        await Central.WaitForOfficerAsync(officerA, "E2E-A-01", OfficerPromptState.Waiting, () => agent.Log);
        var atB = await CounterFlow.OpenAsync(officerB, "E2E-B-01", "READY-UNIT-B");

        // B's counter has no device of its own (no enrolled device, none ever connected): its prompt stays open.
        Assert.Equal(OfficerPromptState.Waiting, atB.State);
        await agent.PressAsync("HL");

        // The press counts where the credential says: unit A's counter, whose prompt it answers; nothing reaches B.
        await Central.WaitUntilAsync(async () => await CounterFlow.RatingsOfAsync(_node.Services, "READY-UNIT-A") == 1, () => agent.Log);
        await Central.WaitUntilAsync(() => agent.Kept() == 0, () => agent.Log);
        Assert.Equal(OfficerPromptState.Waiting, (await CounterFlow.StatusAsync(officerB, "E2E-B-01")).State);
        Assert.Equal(0, await CounterFlow.RatingsOfAsync(_node.Services, "READY-UNIT-B"));
        Assert.Equal(0, Central.Ratings(_database, "E2E-B-01") + Central.Strays(_database, "E2E-B-01"));
    }
}
