using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Hubs;
using static SatisfactionKit.AspNetCore.Tests.DeviceEnrollmentFlow;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// Two units each with a counter <c>QUAY-01</c>, on one real node: officers over HTTP, pads over the hub. Each pad
/// hears only its own unit's prompt, both presses are stored against their own dossiers, and a counter named without
/// its unit is refused in both languages.
/// </summary>
public sealed class TwoUnitCounterTests : IAsyncLifetime
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
    public async Task Two_units_with_the_same_counter_id_run_prompts_at_the_same_time_without_interfering()
    {
        await using var padQ1 = _node.Device("UBND-Q1", "QUAY-01", "PAD-Q1");
        await using var padQ2 = _node.Device("UBND-Q2", "QUAY-01", "PAD-Q2");
        var heardQ1 = CounterFlow.Listen(padQ1);
        var heardQ2 = CounterFlow.Listen(padQ2);
        await Task.WhenAll(padQ1.StartAsync(Ct), padQ2.StartAsync(Ct));
        using var officerQ1 = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q1");
        using var officerQ2 = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q2");

        var opened = await Task.WhenAll(
            CounterFlow.OpenAsync(officerQ1, "QUAY-01", "READY-TU-1", unit: "UBND-Q1"),
            CounterFlow.OpenAsync(officerQ2, "QUAY-01", "READY-Q2-TU-2", unit: "UBND-Q2"));

        Assert.Equal(("UBND-Q1", "QUAY-01"), (opened[0].UnitCode, opened[0].CounterId));
        Assert.Equal(("UBND-Q2", "QUAY-01"), (opened[1].UnitCode, opened[1].CounterId));
        var litQ1 = await CounterFlow.NextAsync(heardQ1, s => s.IsOpen);
        var litQ2 = await CounterFlow.NextAsync(heardQ2, s => s.IsOpen);
        Assert.Equal((opened[0].PromptId, "READY-TU-1"), (litQ1.PromptId, litQ1.DossierCode));
        Assert.Equal((opened[1].PromptId, "READY-Q2-TU-2"), (litQ2.PromptId, litQ2.DossierCode));

        var acks = await Task.WhenAll(
            padQ1.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), Ct),
            padQ2.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), Ct));

        Assert.All(acks, a => Assert.Equal(PressDisposition.Rated, a.Disposition));
        Assert.Equal(OfficerPromptState.Done, (await CounterFlow.StatusAsync(officerQ1, "QUAY-01", "UBND-Q1")).State);
        Assert.Equal(OfficerPromptState.Done, (await CounterFlow.StatusAsync(officerQ2, "QUAY-01", "UBND-Q2")).State);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_node.Services, "READY-TU-1"));
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_node.Services, "READY-Q2-TU-2"));

        // Each pad heard only its own unit's prompt, from opening to rated.
        await CounterFlow.NextAsync(heardQ1, s => s.ClosedAt is not null);
        await CounterFlow.NextAsync(heardQ2, s => s.ClosedAt is not null);
        Assert.All(Drain(heardQ1), s => Assert.Equal(opened[0].PromptId, s.PromptId));
        Assert.All(Drain(heardQ2), s => Assert.Equal(opened[1].PromptId, s.PromptId));
    }

    [Fact]
    public async Task A_counter_named_without_its_unit_or_for_another_unit_is_refused()
    {
        using var officerVi = _node.Client(officer: true, language: "vi");
        using var officerEn = _node.Client(officer: true, language: "en");
        using var officerQ2 = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q2");
        await CounterFlow.OpenAsync(officerVi, "QUAY-01", "READY-TU-3", unit: "UBND-Q1");

        using (var vi = await officerVi.GetAsync("/api/counters/QUAY-01/status", Ct))
        {
            Assert.Equal(("SK_COUNTER_AMBIGUOUS", "Quầy phải được gọi kèm đơn vị: dùng units/{mã đơn vị}/counters/{mã quầy}/…"), await ProblemAsync(vi, HttpStatusCode.BadRequest));
        }

        using (var en = await officerEn.PostAsJsonAsync("/api/counters/QUAY-01/prompt", new { dossierCode = "READY-TU-4" }, Ct))
        {
            Assert.Equal(("SK_COUNTER_AMBIGUOUS", "A counter is named with its unit: use units/{unitCode}/counters/{counterId}/…"), await ProblemAsync(en, HttpStatusCode.BadRequest));
        }

        using (var other = await officerQ2.DeleteAsync("/api/units/UBND-Q1/counters/QUAY-01/prompt", Ct))
        {
            Assert.Equal("SK_UNIT_FORBIDDEN", (await ProblemAsync(other, HttpStatusCode.Forbidden)).Code);
        }

        // Unit Q2's QUAY-01 has no prompt: the open one is Q1's, still waiting.
        using (var none = await officerQ2.GetAsync("/api/units/UBND-Q2/counters/QUAY-01/status", Ct))
        {
            Assert.Equal("SK_NO_PROMPT", (await ProblemAsync(none, HttpStatusCode.NotFound)).Code);
        }

        using var screenQ2 = _node.Client();
        screenQ2.DefaultRequestHeaders.Add("X-SatisfactionKit-Unit", "UBND-Q2");
        screenQ2.DefaultRequestHeaders.Add("X-SatisfactionKit-Counter", "QUAY-01");
        using (var press = await screenQ2.PostAsJsonAsync("/api/units/UBND-Q1/counters/QUAY-01/presses", new PadPress("HL"), Ct))
        {
            Assert.Equal("SK_DEVICE_OTHER_COUNTER", (await ProblemAsync(press, HttpStatusCode.Forbidden)).Code);
        }

        Assert.Equal(OfficerPromptState.Waiting, (await CounterFlow.StatusAsync(officerVi, "QUAY-01", "UBND-Q1")).State);
        Assert.Equal(0, await CounterFlow.RatingsOfAsync(_node.Services, "READY-TU-3"));
    }

    private static List<PromptStatus> Drain(System.Threading.Channels.ChannelReader<PromptStatus> reader)
    {
        var all = new List<PromptStatus>();
        while (reader.TryRead(out var status))
        {
            all.Add(status);
        }

        return all;
    }
}
