using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// The officer learns nothing from what the citizen pressed: the officer's server-sent events for a
/// satisfied rating and for a dissatisfied one (which passes through the follow-up step) are the same.
/// </summary>
public sealed class OfficerViewTests : IAsyncLifetime
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
    public async Task The_officers_events_for_a_satisfied_and_a_dissatisfied_rating_are_identical()
    {
        var satisfied = await OfficerEventsAsync("QUAY-21", "READY-OV-1", [new PadPress("HL")]);
        var dissatisfied = await OfficerEventsAsync("QUAY-22", "READY-OV-2", [new PadPress("KHL"), new PadPress(null, ["HO_SO"])]);

        Assert.Equal([OfficerPromptState.Waiting, OfficerPromptState.Done], satisfied.Select(e => e.State));
        Assert.Equal(Shape(satisfied), Shape(dissatisfied));
        Assert.All(dissatisfied, e => Assert.DoesNotContain("FollowUp", e.Json, StringComparison.Ordinal));
        Assert.All(dissatisfied, e => Assert.DoesNotContain("KHL", e.Json, StringComparison.Ordinal));
        // The counter's device, unlike the officer, is told of the follow-up step.
        Assert.Equal(OfficerPromptState.Done, (await CounterFlow.StatusAsync(_node.Client(officer: true), "QUAY-22")).State);
    }

    /// <summary>Every property name and value of each event but the ones that identify the prompt.</summary>
    private static List<string> Shape(List<(OfficerPromptState State, string Json)> events) =>
    [
        .. events.Select(e => string.Join(";", JsonDocument.Parse(e.Json).RootElement.EnumerateObject()
            .Where(p => p.Name is not ("promptId" or "counterId" or "dossierCode" or "openedAt"))
            .Select(p => $"{p.Name}={p.Value}"))),
    ];

    private async Task<List<(OfficerPromptState State, string Json)>> OfficerEventsAsync(string counter, string dossier, PadPress[] presses)
    {
        await using var pad = _node.Device("UBND-Q1", counter);
        var prompts = CounterFlow.Listen(pad);
        await pad.StartAsync(Ct);
        using var officer = _node.Client(officer: true);
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        listening.CancelAfter(TimeSpan.FromSeconds(20));
        using var stream = new StreamReader(await officer.GetStreamAsync($"/api/units/UBND-Q1/counters/{counter}/events", listening.Token));

        var opened = await CounterFlow.OpenAsync(officer, counter, dossier);
        await CounterFlow.NextAsync(prompts, s => s.PromptId == opened.PromptId);
        foreach (var press in presses)
        {
            await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, press, Ct);
        }

        var events = new List<(OfficerPromptState, string)>();
        while (await stream.ReadLineAsync(listening.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var json = line["data: ".Length..];
            var view = JsonSerializer.Deserialize<OfficerPromptView>(json, CounterFlow.Json)!;
            events.Add((view.State, json));
            if (view.State == OfficerPromptState.Done)
            {
                return events;
            }
        }

        throw new InvalidOperationException("the officer's stream ended before the prompt was done");
    }
}
