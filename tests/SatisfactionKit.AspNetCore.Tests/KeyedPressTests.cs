using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// A counter agent sends a kept press again when its answer was lost: the same idempotency key gets the first answer
/// and nothing is recorded twice; and the officer's view says "pad offline" while the counter has no device.
/// </summary>
public sealed class KeyedPressTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _node = await TestNode.StartAsync(new NodeSetup(_database));

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task A_press_sent_again_under_its_key_gets_the_first_answer_over_the_hub_and_HTTP_and_is_recorded_once()
    {
        await using var pad = _node.Device("UBND-Q1", "QUAY-K1", "AGENT-K1");
        var prompts = CounterFlow.Listen(pad);
        await pad.StartAsync(Ct);
        using var officer = _node.Client(officer: true);
        var opened = await CounterFlow.OpenAsync(officer, "QUAY-K1", "READY-KEY-1");
        await CounterFlow.NextAsync(prompts, s => s.PromptId == opened.PromptId);

        var first = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL", IdempotencyKey: "k-1"), Ct);
        var again = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL", IdempotencyKey: "k-1"), Ct);
        using var screen = _node.Client();
        screen.DefaultRequestHeaders.Add("X-SatisfactionKit-Unit", "UBND-Q1");
        screen.DefaultRequestHeaders.Add("X-SatisfactionKit-Counter", "QUAY-K1");
        screen.DefaultRequestHeaders.Add("X-SatisfactionKit-Device", "AGENT-K1");
        using var overHttp = await screen.PostAsJsonAsync("/api/units/UBND-Q1/counters/QUAY-K1/presses", new PadPress("HL", IdempotencyKey: "k-1"), Ct);
        var viaHttp = await overHttp.Content.ReadFromJsonAsync<PadPressAck>(CounterFlow.Json, Ct);

        Assert.Equal(PressDisposition.Rated, first.Disposition);
        Assert.Equal(first, again);
        Assert.Equal(PressDisposition.Rated, viaHttp!.Disposition);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_node.Services, "READY-KEY-1"));

        // Another key is another press: a second press, recorded as a stray.
        var other = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL", IdempotencyKey: "k-2"), Ct);
        Assert.Equal(PressDisposition.Stray, other.Disposition);

        var bad = await Assert.ThrowsAsync<HubException>(() => pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL", IdempotencyKey: new string('k', 101)), Ct));
        Assert.Contains("SK_PRESS_INVALID", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_prompt_is_pad_offline_when_the_counters_device_leaves_or_reports_its_pad_unplugged()
    {
        using var officer = _node.Client(officer: true);
        // A counter whose device the server never saw (and has no enrolled device) may have a pad the server cannot
        // see, in its own process: waiting, as before.
        var opened = await CounterFlow.OpenAsync(officer, "QUAY-K2", "READY-KEY-2");
        Assert.Equal(OfficerPromptState.Waiting, opened.State);

        await using (var pad = _node.Device("UBND-Q1", "QUAY-K2"))
        {
            await pad.StartAsync(Ct);
            Assert.Equal(OfficerPromptState.Waiting, (await CounterFlow.StatusAsync(officer, "QUAY-K2")).State);

            await pad.InvokeAsync(CounterHubMethods.PadState, "disconnected", Ct);
            Assert.Equal(OfficerPromptState.PadOffline, (await CounterFlow.StatusAsync(officer, "QUAY-K2")).State);
            await pad.InvokeAsync(CounterHubMethods.PadState, "connected", Ct);
            Assert.Equal(OfficerPromptState.Waiting, (await CounterFlow.StatusAsync(officer, "QUAY-K2")).State);
        }

        for (var i = 0; i < 100 && (await CounterFlow.StatusAsync(officer, "QUAY-K2")).State != OfficerPromptState.PadOffline; i++)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(OfficerPromptState.PadOffline, (await CounterFlow.StatusAsync(officer, "QUAY-K2")).State);
    }
}
