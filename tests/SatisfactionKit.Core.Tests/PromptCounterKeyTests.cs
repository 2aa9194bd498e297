using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests;

/// <summary>
/// A counter is (unit, counter id): two units' <c>QUAY-01</c> are two counters with their own prompts, timers and
/// presses, and a counter named by its id alone is taken only when one unit has it.
/// </summary>
public sealed class PromptCounterKeyTests
{
    private static readonly CounterKey Q1 = new("UBND-Q1", "QUAY-01");
    private static readonly CounterKey Q2 = new("UBND-Q2", "QUAY-01");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PromptRequest Request(CounterKey counter, string dossier) =>
        new(counter.CounterId, new DossierReference(dossier, "1.001234", counter.UnitCode, "CB-" + counter.UnitCode, counter.CounterId));

    private static CounterPress Press(CounterKey counter, string level) =>
        new() { UnitCode = counter.UnitCode, CounterId = counter.CounterId, LevelCode = level, DeviceId = "PAD-" + counter.UnitCode };

    [Fact]
    public async Task Two_units_with_the_same_counter_id_run_prompts_at_the_same_time_without_interfering()
    {
        await using var kit = new CoreFixture();
        var first = await kit.Coordinator.OpenAsync(Request(Q1, "Q1-0001"), Ct);
        var second = await kit.Coordinator.OpenAsync(Request(Q2, "Q2-0001"), Ct);

        // Opening at Q2's QUAY-01 did not supersede Q1's prompt: both wait, nothing was cancelled.
        Assert.Equal((PromptState.AwaitingAnswer, PromptState.AwaitingAnswer), (kit.Coordinator.GetStatus(Q1)!.State, kit.Coordinator.GetStatus(Q2)!.State));
        Assert.Equal((first.PromptId, "UBND-Q1"), (kit.Coordinator.GetStatus(Q1)!.PromptId, kit.Coordinator.GetStatus(Q1)!.UnitCode));
        Assert.Equal((second.PromptId, "UBND-Q2"), (kit.Coordinator.GetStatus(Q2)!.PromptId, kit.Coordinator.GetStatus(Q2)!.UnitCode));
        Assert.Empty(kit.Stores.Prompts);

        kit.Time.Advance(TimeSpan.FromSeconds(4));
        var presses = await Task.WhenAll(
            kit.Coordinator.PressAsync(Press(Q1, "HL"), Ct).AsTask(),
            kit.Coordinator.PressAsync(Press(Q2, "HL"), Ct).AsTask());

        Assert.All(presses, p => Assert.Equal(PressDisposition.Rated, p.Disposition));
        var q1Rating = Assert.Single(kit.Stores.Ratings, r => r.Dossier!.UnitCode == "UBND-Q1");
        var q2Rating = Assert.Single(kit.Stores.Ratings, r => r.Dossier!.UnitCode == "UBND-Q2");
        Assert.Equal(("Q1-0001", first.PromptId, true, "PAD-UBND-Q1"), (q1Rating.Dossier!.DossierCode, q1Rating.PromptId, q1Rating.IsSatisfied, q1Rating.DeviceId));
        Assert.Equal(("Q2-0001", second.PromptId, "PAD-UBND-Q2"), (q2Rating.Dossier!.DossierCode, q2Rating.PromptId, q2Rating.DeviceId));
        Assert.Equal((PromptState.Rated, PromptState.Rated), (kit.Coordinator.GetStatus(Q1)!.State, kit.Coordinator.GetStatus(Q2)!.State));
        Assert.Equal(2, kit.Stores.Prompts.Count(p => p.Outcome == PromptState.Rated));
        Assert.Empty(kit.Stores.StrayPresses);
    }

    [Fact]
    public async Task Each_units_counter_keeps_its_own_timer_and_cancel()
    {
        await using var kit = new CoreFixture(o => o.PromptTimeout = TimeSpan.FromSeconds(30));
        await kit.Coordinator.OpenAsync(Request(Q1, "Q1-0002"), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(20));
        await kit.Coordinator.OpenAsync(Request(Q2, "Q2-0002"), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(PromptState.Expired, kit.Coordinator.GetStatus(Q1)!.State);
        Assert.Equal(PromptState.AwaitingAnswer, kit.Coordinator.GetStatus(Q2)!.State);

        // Q1's counter has nothing open; cancelling it leaves Q2's prompt alone.
        Assert.False(await kit.Coordinator.CancelAsync(Q1, Ct));
        Assert.Equal(PromptState.AwaitingAnswer, kit.Coordinator.GetStatus(Q2)!.State);
        Assert.True(await kit.Coordinator.CancelAsync(Q2, Ct));
        Assert.Equal(
            [("Q1-0002", PromptState.Expired), ("Q2-0002", PromptState.Cancelled)],
            kit.Stores.Prompts.Select(p => (p.Dossier.DossierCode, p.Outcome)).Order());
    }

    [Fact]
    public async Task A_counter_id_alone_is_refused_when_two_units_have_it_and_nothing_is_recorded()
    {
        await using var kit = new CoreFixture();
        await kit.Coordinator.OpenAsync(Request(Q1, "Q1-0003"), Ct);
        await kit.Coordinator.OpenAsync(Request(Q2, "Q2-0003"), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));

        var press = await Assert.ThrowsAsync<AmbiguousCounterException>(async () =>
            await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct));
        Assert.Equal(AmbiguousCounterException.ErrorCode, "SK_COUNTER_AMBIGUOUS");
        Assert.Equal(["UBND-Q1", "UBND-Q2"], press.UnitCodes);
        Assert.Contains("Quầy 'QUAY-01' có ở 2 đơn vị (UBND-Q1, UBND-Q2); hãy ghi rõ mã đơn vị của quầy.", press.Message, StringComparison.Ordinal);
        Assert.Contains("Counter 'QUAY-01' exists in 2 units (UBND-Q1, UBND-Q2); give the counter's unit code.", press.Message, StringComparison.Ordinal);
        Assert.Throws<AmbiguousCounterException>(() => kit.Coordinator.GetStatus("QUAY-01"));
        await Assert.ThrowsAsync<AmbiguousCounterException>(async () => await kit.Coordinator.CancelAsync("QUAY-01", Ct));

        Assert.Empty(kit.Stores.Ratings);
        Assert.Empty(kit.Stores.StrayPresses);
        Assert.Empty(kit.Stores.Prompts);
        Assert.True(kit.Coordinator.GetStatus(Q1)!.IsOpen);
        Assert.True(kit.Coordinator.GetStatus(Q2)!.IsOpen);
    }

    [Fact]
    public async Task A_counter_id_alone_names_the_one_units_counter_that_has_it()
    {
        await using var kit = new CoreFixture();
        var opened = await kit.Coordinator.OpenAsync(Request(Q2, "Q2-0004"), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(opened.PromptId, kit.Coordinator.GetStatus("QUAY-01")!.PromptId);
        var press = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Equal(PressDisposition.Rated, press.Disposition);
        Assert.Equal("UBND-Q2", Assert.Single(kit.Stores.Ratings).Dossier!.UnitCode);

        // A counter id no unit has: a stray press with no unit, nothing opened.
        var stray = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-99", LevelCode = "HL" }, Ct);
        Assert.Equal((PressDisposition.Stray, StrayPressReason.NoOpenPrompt), (stray.Disposition, stray.StrayReason));
        var recorded = Assert.Single(kit.Stores.StrayPresses);
        Assert.Equal(("QUAY-99", (string?)null), (recorded.CounterId, recorded.UnitCode));
        Assert.Null(kit.Coordinator.GetStatus("QUAY-99"));
        Assert.False(await kit.Coordinator.CancelAsync("QUAY-99", Ct));
    }

    [Fact]
    public async Task A_counter_of_a_one_stop_centre_may_hand_back_another_units_dossier()
    {
        await using var kit = new CoreFixture();
        var centre = new CounterKey("TTPVHCC", "QUAY-01");
        var request = Request(Q1, "Q1-0005") with { CounterUnitCode = centre.UnitCode };

        var opened = await kit.Coordinator.OpenAsync(request, Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));
        var press = await kit.Coordinator.PressAsync(Press(centre, "HL"), Ct);

        Assert.Equal(("TTPVHCC", "QUAY-01"), (opened.UnitCode, opened.CounterId));
        Assert.Null(kit.Coordinator.GetStatus(Q1));
        Assert.Equal(PressDisposition.Rated, press.Disposition);
        Assert.Equal("UBND-Q1", Assert.Single(kit.Stores.Ratings).Dossier!.UnitCode);
    }
}
