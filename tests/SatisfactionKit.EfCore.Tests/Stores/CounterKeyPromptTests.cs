using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// Two units each with a counter <c>QUAY-01</c>, over the real EF Core stores: their prompts run at the same time,
/// each press is stored against its own unit's dossier and prompt, and a press naming the counter id alone is
/// refused with nothing stored. Run once per provider by the derived classes.
/// </summary>
public abstract class CounterKeyPromptTests : StoreFixtureTests
{
    private static readonly CounterKey Q1 = new("UBND-Q1", "QUAY-01");
    private static readonly CounterKey Q2 = new("UBND-Q2", "QUAY-01");

    private static PromptRequest Request(CounterKey counter, string dossier) =>
        new(counter.CounterId, Samples.Dossier(dossier, counter.CounterId) with { UnitCode = counter.UnitCode });

    [Fact]
    public async Task Two_units_with_the_same_counter_id_run_prompts_at_the_same_time_without_interfering()
    {
        var coordinator = Fixture.Services.GetRequiredService<IPromptCoordinator>();
        var opened = await Task.WhenAll(
            coordinator.OpenAsync(Request(Q1, "000.00.17.H29-261102-0101"), Ct).AsTask(),
            coordinator.OpenAsync(Request(Q2, "000.00.18.H29-261102-0201"), Ct).AsTask());

        Assert.True(coordinator.GetStatus(Q1)!.IsOpen);
        Assert.True(coordinator.GetStatus(Q2)!.IsOpen);
        await Assert.ThrowsAsync<AmbiguousCounterException>(async () =>
            await coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct));

        var presses = await Task.WhenAll(
            coordinator.PressAsync(new CounterPress { UnitCode = Q1.UnitCode, CounterId = Q1.CounterId, LevelCode = "HL", DeviceId = "PAD-Q1" }, Ct).AsTask(),
            coordinator.PressAsync(new CounterPress { UnitCode = Q2.UnitCode, CounterId = Q2.CounterId, LevelCode = "HL", DeviceId = "PAD-Q2" }, Ct).AsTask());

        Assert.All(presses, p => Assert.Equal(PressDisposition.Rated, p.Disposition));
        await using var context = Fixture.NewContext();
        var ratings = await context.Set<RatingEntity>().OrderBy(r => r.UnitCode).ToListAsync(Ct);
        var prompts = await context.Set<PromptRecordEntity>().OrderBy(p => p.UnitCode).ToListAsync(Ct);
        Assert.Equal(
            [("UBND-Q1", "000.00.17.H29-261102-0101", "QUAY-01", "PAD-Q1", opened[0].PromptId), ("UBND-Q2", "000.00.18.H29-261102-0201", "QUAY-01", "PAD-Q2", opened[1].PromptId)],
            ratings.Select(r => (r.UnitCode!, r.DossierCode!, r.CounterId!, r.DeviceId!, r.PromptId!.Value)));
        Assert.Equal(
            [("UBND-Q1", PromptState.Rated, ratings[0].Id), ("UBND-Q2", PromptState.Rated, ratings[1].Id)],
            prompts.Select(p => (p.UnitCode, p.Outcome, p.RatingId!.Value)));
        Assert.Equal(0, await context.Set<StrayPressEntity>().CountAsync(Ct));
        Assert.Equal((PromptState.Rated, PromptState.Rated), (coordinator.GetStatus(Q1)!.State, coordinator.GetStatus(Q2)!.State));
    }

    [Fact]
    public async Task Cancelling_one_units_counter_leaves_the_other_units_prompt_open()
    {
        var coordinator = Fixture.Services.GetRequiredService<IPromptCoordinator>();
        await coordinator.OpenAsync(Request(Q1, "000.00.17.H29-261102-0102"), Ct);
        await coordinator.OpenAsync(Request(Q2, "000.00.18.H29-261102-0202"), Ct);

        Assert.True(await coordinator.CancelAsync(Q2, Ct));
        var press = await coordinator.PressAsync(new CounterPress { UnitCode = Q1.UnitCode, CounterId = Q1.CounterId, LevelCode = "HL" }, Ct);

        Assert.Equal(PressDisposition.Rated, press.Disposition);
        await using var context = Fixture.NewContext();
        Assert.Equal(
            [("UBND-Q1", PromptState.Rated), ("UBND-Q2", PromptState.Cancelled)],
            (await context.Set<PromptRecordEntity>().OrderBy(p => p.UnitCode).ToListAsync(Ct)).Select(p => (p.UnitCode, p.Outcome)));
        Assert.Equal("UBND-Q1", (await context.Set<RatingEntity>().SingleAsync(Ct)).UnitCode);
    }
}

/// <summary>Two units' same-named counters over a SQLite file.</summary>
public sealed class SqliteCounterKeyPromptTests : CounterKeyPromptTests
{
    protected override string Provider => "sqlite";
}

/// <summary>Two units' same-named counters over PostgreSQL.</summary>
public sealed class PostgresCounterKeyPromptTests : CounterKeyPromptTests
{
    protected override string Provider => "postgres";
}
