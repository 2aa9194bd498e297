using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Backplane;
using SatisfactionKit.Server.Hubs;
using SatisfactionKit.Testing;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// Two Kestrel nodes sharing one Redis (the script's throw-away redis-server) and one SQLite file: the officer works on
/// node A, the counter's pad is connected to node B.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _a = null!;
    private TestNode _b = null!;

    public async ValueTask InitializeAsync()
    {
        var redis = TestEnvironment.RedisConfiguration();
        var prefix = $"sk-test-{Guid.NewGuid():N}:";
        _a = await TestNode.StartAsync(new NodeSetup(_database) { Redis = redis, RedisPrefix = prefix, NodeId = "node-a" });
        _b = await TestNode.StartAsync(new NodeSetup(_database) { Redis = redis, RedisPrefix = prefix, NodeId = "node-b" });
    }

    public async ValueTask DisposeAsync()
    {
        // Under the test script Redis is there; run by hand without it, the test skipped before the nodes existed.
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
    public async Task A_prompt_opened_on_node_A_lights_a_pad_on_node_B_whose_press_is_stored_once_and_seen_done_on_A()
    {
        await using var pad = _b.Device("UBND-Q1", "QUAY-01");
        var prompts = CounterFlow.Listen(pad);
        await pad.StartAsync(TestContext.Current.CancellationToken);
        using var officer = _a.Client(officer: true);

        var opened = await CounterFlow.OpenAsync(officer, "QUAY-01", "READY-2N-1");
        var lit = await CounterFlow.NextAsync(prompts, s => s.PromptId == opened.PromptId);
        Assert.Equal(PromptState.AwaitingAnswer, lit.State);

        var ack = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken);

        Assert.Equal(PressDisposition.Rated, ack.Disposition);
        Assert.Equal(opened.PromptId, ack.Status!.PromptId);
        Assert.Equal(PromptState.Rated, (await CounterFlow.NextAsync(prompts, s => s.ClosedAt is not null)).State);
        Assert.Equal(OfficerPromptState.Done, (await CounterFlow.StatusAsync(officer, "QUAY-01")).State);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-2N-1"));

        // A second press at B reaches A's coordinator too: stray (a second press), nothing stored.
        var second = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken);
        Assert.Equal(PressDisposition.Stray, second.Disposition);
        Assert.Equal(StrayPressReason.SecondPress, second.StrayReason);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-2N-1"));

        // Node B learns the outcome from the backplane, for an officer whose next request lands there.
        using var officerAtB = _b.Client(officer: true);
        await WaitUntil(async () => (await CounterFlow.StatusAsync(officerAtB, "QUAY-01")).State == OfficerPromptState.Done);
    }

    [Fact]
    public async Task Cancels_and_screen_presses_at_node_B_reach_the_prompt_held_by_node_A()
    {
        using var officerAtA = _a.Client(officer: true);
        using var officerAtB = _b.Client(officer: true);
        var first = await CounterFlow.OpenAsync(officerAtA, "QUAY-02", "READY-2N-2");

        using var cancel = await officerAtB.DeleteAsync("/api/units/UBND-Q1/counters/QUAY-02/prompt", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(OfficerPromptState.Cancelled, (await CounterFlow.StatusAsync(officerAtA, "QUAY-02")).State);

        var second = await CounterFlow.OpenAsync(officerAtA, "QUAY-02", "READY-2N-3");
        Assert.NotEqual(first.PromptId, second.PromptId);
        using var screen = _b.Client();
        screen.DefaultRequestHeaders.Add("X-SatisfactionKit-Unit", "UBND-Q1");
        screen.DefaultRequestHeaders.Add("X-SatisfactionKit-Counter", "QUAY-02");
        using var press = await screen.PostAsJsonAsync("/api/units/UBND-Q1/counters/QUAY-02/presses", new PadPress("HL"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        var ack = await press.Content.ReadFromJsonAsync<PadPressAck>(CounterFlow.Json, TestContext.Current.CancellationToken);

        Assert.Equal(PressDisposition.Rated, ack!.Disposition);
        Assert.Equal(OfficerPromptState.Done, (await CounterFlow.StatusAsync(officerAtA, "QUAY-02")).State);
        Assert.Equal(0, await CounterFlow.RatingsOfAsync(_a.Services, "READY-2N-2"));
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-2N-3"));
    }

    [Fact]
    public async Task A_prompt_opened_on_node_B_for_a_counter_held_by_A_cancels_As_prompt()
    {
        using var officerAtA = _a.Client(officer: true);
        using var officerAtB = _b.Client(officer: true);
        var onA = await CounterFlow.OpenAsync(officerAtA, "QUAY-04", "READY-2N-4");

        var onB = await CounterFlow.OpenAsync(officerAtB, "QUAY-04", "READY-2N-5");

        var heldByA = _a.Services.GetRequiredKeyedService<IPromptCoordinator>(RedisPromptNodes.LocalCoordinatorKey).GetStatus(new CounterKey("UBND-Q1", "QUAY-04"));
        Assert.Equal((onA.PromptId, PromptState.Cancelled), (heldByA!.PromptId, heldByA.State));
        Assert.Equal(onB.PromptId, (await CounterFlow.StatusAsync(officerAtB, "QUAY-04")).PromptId);
        await WaitUntil(async () => (await CounterFlow.StatusAsync(officerAtA, "QUAY-04")).PromptId == onB.PromptId);
    }

    [Fact]
    public async Task Two_units_same_counter_id_held_by_different_nodes_keep_their_own_owners()
    {
        // Unit Q1's QUAY-05 is held by node A, unit Q2's QUAY-05 by node B; each unit's pad is on the other node.
        await using var padQ1 = _b.Device("UBND-Q1", "QUAY-05", "PAD-Q1");
        await using var padQ2 = _a.Device("UBND-Q2", "QUAY-05", "PAD-Q2");
        var heardQ1 = CounterFlow.Listen(padQ1);
        var heardQ2 = CounterFlow.Listen(padQ2);
        await Task.WhenAll(padQ1.StartAsync(TestContext.Current.CancellationToken), padQ2.StartAsync(TestContext.Current.CancellationToken));
        using var officerAtA = _a.Client(officer: true);
        using var officerAtB = _b.Client(officer: true);

        var onA = await CounterFlow.OpenAsync(officerAtA, "QUAY-05", "READY-2N-6", unit: "UBND-Q1");
        var onB = await CounterFlow.OpenAsync(officerAtB, "QUAY-05", "READY-Q2-2N-7", unit: "UBND-Q2");

        // Opening Q2's counter on B did not cancel Q1's on A, as the same counter would have.
        var heldByA = _a.Services.GetRequiredKeyedService<IPromptCoordinator>(RedisPromptNodes.LocalCoordinatorKey).GetStatus(new CounterKey("UBND-Q1", "QUAY-05"));
        Assert.Equal((onA.PromptId, PromptState.AwaitingAnswer), (heldByA!.PromptId, heldByA.State));
        Assert.Equal(onA.PromptId, (await CounterFlow.NextAsync(heardQ1, s => s.IsOpen)).PromptId);
        Assert.Equal(onB.PromptId, (await CounterFlow.NextAsync(heardQ2, s => s.IsOpen)).PromptId);

        var acks = await Task.WhenAll(
            padQ1.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken),
            padQ2.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken));

        Assert.Equal((PressDisposition.Rated, onA.PromptId), (acks[0].Disposition, acks[0].Status!.PromptId));
        Assert.Equal((PressDisposition.Rated, onB.PromptId), (acks[1].Disposition, acks[1].Status!.PromptId));
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-2N-6"));
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_a.Services, "READY-Q2-2N-7"));
        await WaitUntil(async () => (await CounterFlow.StatusAsync(officerAtB, "QUAY-05", "UBND-Q1")).State == OfficerPromptState.Done);
        await WaitUntil(async () => (await CounterFlow.StatusAsync(officerAtA, "QUAY-05", "UBND-Q2")).State == OfficerPromptState.Done);
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(await condition());
    }
}
