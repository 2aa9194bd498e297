using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>One node: the officer opens a prompt over HTTP, a pad connected to the hub lights and presses.</summary>
public sealed class CounterHubTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await TestNode.StartAsync(new NodeSetup(_database));

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task A_prompt_reaches_the_counters_device_and_its_press_is_stored_once()
    {
        await using var pad = _node.Device("UBND-Q1", "QUAY-01");
        await using var otherPad = _node.Device("UBND-Q1", "QUAY-02");
        var prompts = CounterFlow.Listen(pad);
        var otherPrompts = CounterFlow.Listen(otherPad);
        await pad.StartAsync(TestContext.Current.CancellationToken);
        await otherPad.StartAsync(TestContext.Current.CancellationToken);
        using var officer = _node.Client(officer: true);

        var opened = await CounterFlow.OpenAsync(officer, "QUAY-01", "READY-HUB-1");
        var lit = await CounterFlow.NextAsync(prompts, s => s.PromptId == opened.PromptId);
        Assert.Equal(PromptState.AwaitingAnswer, lit.State);

        var ack = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken);
        Assert.Equal(PressDisposition.Rated, ack.Disposition);
        var again = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken);
        Assert.Equal(PressDisposition.Stray, again.Disposition);

        Assert.Equal(PromptState.Rated, (await CounterFlow.NextAsync(prompts, s => s.ClosedAt is not null)).State);
        Assert.Equal(OfficerPromptState.Done, (await CounterFlow.StatusAsync(officer, "QUAY-01")).State);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_node.Services, "READY-HUB-1"));
        Assert.False(otherPrompts.TryRead(out _), "the other counter's device heard of this counter's prompt");
    }

    [Fact]
    public async Task A_malformed_press_over_the_hub_is_refused_by_name_and_records_nothing()
    {
        await using var pad = _node.Device("UBND-Q1", "QUAY-05");
        await pad.StartAsync(TestContext.Current.CancellationToken);

        var tooLong = await Assert.ThrowsAsync<HubException>(() => pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress(new string('H', 40)), TestContext.Current.CancellationToken));
        var control = await Assert.ThrowsAsync<HubException>(() => pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL\u0000"), TestContext.Current.CancellationToken));

        Assert.Contains("SK_PRESS_INVALID", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("'LevelCode' is 40 characters long", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("control character", control.Message, StringComparison.Ordinal);
        // The connection survives a refused press: the next, well-formed one is answered.
        var stray = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), TestContext.Current.CancellationToken);
        Assert.Equal(PressDisposition.Stray, stray.Disposition);
    }

    [Fact]
    public async Task A_device_that_joins_while_a_prompt_is_open_is_told_at_once()
    {
        using var officer = _node.Client(officer: true);
        var opened = await CounterFlow.OpenAsync(officer, "QUAY-03", "READY-HUB-2");

        await using var pad = _node.Device("UBND-Q1", "QUAY-03");
        var prompts = CounterFlow.Listen(pad);
        await pad.StartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(opened.PromptId, (await CounterFlow.NextAsync(prompts, _ => true)).PromptId);
    }

    [Fact]
    public async Task A_device_that_names_no_counter_is_refused_before_connecting()
    {
        await using var anonymous = new HubConnectionBuilder().WithUrl(new Uri(_node.Address, "/hubs/counters")).Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
