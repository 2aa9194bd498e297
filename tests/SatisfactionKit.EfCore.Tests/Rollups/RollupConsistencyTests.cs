using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Rollups;

/// <summary>
/// The roll-ups equal a GROUP BY over the ratings after any interleaving of single, group and import
/// writes, with refused ratings, retries and abandoned imports among them; a corrupted cell is reported by
/// the check and mended by a rebuild. Run once per provider (and PostgreSQL with its array writer) by the derived classes.
/// </summary>
public abstract class RollupConsistencyTests : StoreFixtureTests
{
    private IRatingRollups Rollups => Fixture.Services.GetRequiredService<IRatingRollups>();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_interleavings_of_writes_leave_the_rollups_equal_to_the_ratings(int seed)
    {
        await Rollups.RebuildAsync(cancellationToken: Ct);
        var random = new Random(seed);
        var written = new List<Rating>();
        for (var step = 0; step < 12; step++)
        {
            switch (random.Next(4))
            {
                case 0:
                    // Concurrent singles gather into groups; a retry of an earlier key and a second rating of a dossier ride along.
                    List<Rating> burst = [.. Enumerable.Range(0, random.Next(2, 20)).Select(_ => RollupRatings.Next(random))];
                    if (written.Count > 0)
                    {
                        var last = written[^1];
                        burst.Add(written[random.Next(written.Count)]);
                        burst.Add(RollupRatings.Next(random) with { Dossier = last.Dossier, Channel = last.Channel });
                        // The same dossier dissatisfied on two more channels, one of them in another unit at the same
                        // moment: no chain lock orders those two writers, only the code's count row does.
                        burst.Add(RollupRatings.Dissatisfied(RollupRatings.Next(random)) with { Dossier = last.Dossier, Channel = RatingChannel.Sms });
                        burst.Add(RollupRatings.Dissatisfied(RollupRatings.Next(random)) with { Dossier = last.Dossier! with { UnitCode = "UBND-Q9" }, Channel = RatingChannel.Phone });
                    }

                    // The second rating of a dossier is answered with the first (DossierAlreadyRated), and stores nothing.
                    var results = await Task.WhenAll(burst.Select(async r => (await Fixture.Ratings.AddAsync(r, Ct)).Rating));
                    written.AddRange(results);
                    break;
                case 1:
                    written.Add((await Fixture.Ratings.AddAsync(RollupRatings.Next(random), Ct)).Rating);
                    break;
                case 2:
                    await using (var batch = await Fixture.Batches.BeginAsync(new RatingBatchInfo($"B{step}", "nv", "b.csv", StoreFixture.Start), Ct))
                    {
                        var forms = Enumerable.Range(0, random.Next(1, 40)).Select(_ => RollupRatings.Next(random, RatingChannel.Paper)).ToList();
                        await batch.AddRangeAsync(forms, Ct);
                        await batch.CommitAsync(Ct);
                    }

                    break;
                default:
                    // An import abandoned half-way: its ratings and its cells roll back together.
                    await using (var batch = await Fixture.Batches.BeginAsync(new RatingBatchInfo($"X{step}", "nv", "x.csv", StoreFixture.Start), Ct))
                    {
                        await batch.AddRangeAsync([.. Enumerable.Range(0, 5).Select(_ => RollupRatings.Next(random, RatingChannel.Paper))], Ct);
                    }

                    break;
            }
        }

        var check = await Rollups.CheckAsync(cancellationToken: Ct);

        Assert.True(check.IsBuilt);
        Assert.True(check.IsConsistent, string.Join(Environment.NewLine, check.Differences));
        await AssertDayCubeEqualsGroupByAsync();
        await AssertDissatisfiedDossiersEqualDistinctCountAsync();
    }

    [Fact]
    public async Task A_corrupted_cell_is_reported_and_a_rebuild_restores_equality()
    {
        await Rollups.RebuildAsync(cancellationToken: Ct);
        var random = new Random(7);
        foreach (var rating in Enumerable.Range(0, 30).Select(_ => RollupRatings.Next(random)))
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }

        await using (var context = Fixture.NewContext())
        {
            var cells = await context.Set<RatingRollupEntity>().Where(c => c.Cube == 2).OrderBy(c => c.Period).Take(2).ToListAsync(Ct);
            await context.Set<RatingRollupEntity>().Where(c => c.CellKey == cells[0].CellKey).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + 5), Ct);
            await context.Set<RatingRollupEntity>().Where(c => c.CellKey == cells[1].CellKey).ExecuteDeleteAsync(Ct);
            await context.Set<AnswerRollupEntity>().Where(c => c.Cube == 3).OrderBy(c => c.Period).Take(1).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, 999), Ct);
        }

        var check = await Rollups.CheckAsync(cancellationToken: Ct);

        Assert.Equal(3, check.DifferenceCount);
        Assert.Contains(check.Differences, d => d.Table == "ratings" && d.Stored == d.Expected + 5 && d.Cell.Contains("cube=2", StringComparison.Ordinal));
        Assert.Contains(check.Differences, d => d.Table == "ratings" && d.Stored == 0 && d.Expected > 0);
        Assert.Contains(check.Differences, d => d.Table == "answers" && d.Stored == 999);

        var rebuilt = await Rollups.RebuildAsync(cancellationToken: Ct);

        Assert.Equal(30, rebuilt.Ratings);
        Assert.True((await Rollups.CheckAsync(cancellationToken: Ct)).IsConsistent);
        await AssertDayCubeEqualsGroupByAsync();
    }

    [Fact]
    public async Task A_corrupted_dossier_count_is_reported_and_a_rebuild_restores_it()
    {
        await Rollups.RebuildAsync(cancellationToken: Ct);
        var random = new Random(5);
        var first = RollupRatings.Dissatisfied(RollupRatings.Next(random, RatingChannel.CounterPad));
        await Fixture.Ratings.AddAsync(first, Ct);
        await Fixture.Ratings.AddAsync(RollupRatings.Dissatisfied(RollupRatings.Next(random, RatingChannel.Online)) with { Dossier = first.Dossier }, Ct);
        var other = RollupRatings.Dissatisfied(RollupRatings.Next(random));
        await Fixture.Ratings.AddAsync(other, Ct);
        var code = first.Dossier!.DossierCode;

        await using (var context = Fixture.NewContext())
        {
            Assert.Equal(2, await context.Set<DissatisfiedDossierEntity>().Where(d => d.DossierCode == code).Select(d => d.Ratings).SingleAsync(Ct));
            await context.Set<DissatisfiedDossierEntity>().Where(d => d.DossierCode == code).ExecuteUpdateAsync(s => s.SetProperty(d => d.Ratings, 1), Ct);
            await context.Set<DissatisfiedDossierEntity>().Where(d => d.DossierCode == other.Dossier!.DossierCode).ExecuteDeleteAsync(Ct);
            context.Add(new DissatisfiedDossierEntity { DossierCode = "NO-SUCH-DOSSIER", Ratings = 3 });
            await context.SaveChangesAsync(Ct);
        }

        var check = await Rollups.CheckAsync(cancellationToken: Ct);

        Assert.Equal(3, check.DifferenceCount);
        Assert.Contains(new RollupCellDifference("dossiers", "dossier=" + code, 2, 1), check.Differences);
        Assert.Contains(new RollupCellDifference("dossiers", "dossier=" + other.Dossier!.DossierCode, 1, 0), check.Differences);
        Assert.Contains(new RollupCellDifference("dossiers", "dossier=NO-SUCH-DOSSIER", 0, 3), check.Differences);

        await Rollups.RebuildAsync(cancellationToken: Ct);

        Assert.True((await Rollups.CheckAsync(cancellationToken: Ct)).IsConsistent);
    }

    [Fact]
    public async Task A_corrupted_repeat_copy_is_reported_and_a_rebuild_restores_it()
    {
        await Rollups.RebuildAsync(cancellationToken: Ct);
        var random = new Random(6);
        var first = RollupRatings.Dissatisfied(RollupRatings.Next(random, RatingChannel.CounterPad));
        await Fixture.Ratings.AddAsync(first, Ct);
        var once = RollupRatings.Dissatisfied(RollupRatings.Next(random));
        await Fixture.Ratings.AddAsync(once, Ct);
        var code = first.Dossier!.DossierCode;
        await using (var context = Fixture.NewContext())
        {
            // One dissatisfied rating of a code: nothing to copy yet.
            Assert.Equal(0, await context.Set<RepeatedDissatisfiedRatingEntity>().CountAsync(Ct));
        }

        var second = RollupRatings.Dissatisfied(RollupRatings.Next(random, RatingChannel.Online)) with { Dossier = first.Dossier! with { UnitCode = "UBND-Q9" } };
        await Fixture.Ratings.AddAsync(second, Ct);
        await using (var context = Fixture.NewContext())
        {
            // The second copies both, each with its own rating's unit and channel.
            var copies = await context.Set<RepeatedDissatisfiedRatingEntity>().OrderBy(c => c.Channel).ToListAsync(Ct);
            Assert.Equal([(first.Id, code, first.Dossier.UnitCode, RatingChannel.CounterPad), (second.Id, code, "UBND-Q9", RatingChannel.Online)],
                copies.Select(c => (c.RatingId, c.DossierCode, c.UnitCode, c.Channel)));
            await context.Set<RepeatedDissatisfiedRatingEntity>().Where(c => c.RatingId == first.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.UnitCode, "UBND-X"), Ct);
            context.Add(new RepeatedDissatisfiedRatingEntity { RatingId = once.Id, DossierCode = once.Dossier!.DossierCode, SchemeCode = once.SchemeCode, Channel = once.Channel, SubmittedAt = once.SubmittedAt.UtcDateTime });
            await context.SaveChangesAsync(Ct);
        }

        var check = await Rollups.CheckAsync(cancellationToken: Ct);

        // The changed copy shows as its rating's missing copy and as a copy no rating explains; the extra copy as the latter.
        Assert.Equal(3, check.DifferenceCount);
        Assert.Contains(new RollupCellDifference("repeats", "rating=" + first.Id, 1, 0), check.Differences);
        Assert.Contains(new RollupCellDifference("repeats", "rating=" + first.Id, 0, 1), check.Differences);
        Assert.Contains(new RollupCellDifference("repeats", "rating=" + once.Id, 0, 1), check.Differences);

        await Rollups.RebuildAsync(cancellationToken: Ct);

        Assert.True((await Rollups.CheckAsync(cancellationToken: Ct)).IsConsistent);
        await using (var context = Fixture.NewContext())
        {
            Assert.Equal(new[] { first.Id, second.Id }.Order(), (await context.Set<RepeatedDissatisfiedRatingEntity>().Select(c => c.RatingId).ToListAsync(Ct)).Order());
        }
    }

    [Fact]
    public async Task Ratings_stored_before_the_rollups_existed_are_counted_by_the_first_rebuild()
    {
        var random = new Random(11);
        foreach (var rating in Enumerable.Range(0, 25).Select(_ => RollupRatings.Next(random)))
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }

        // As a database upgraded from a version without roll-ups: cells were not kept before, so not built.
        await using (var context = Fixture.NewContext())
        {
            await context.Set<RatingRollupEntity>().ExecuteDeleteAsync(Ct);
            await context.Set<AnswerRollupEntity>().ExecuteDeleteAsync(Ct);
        }

        Assert.False(await Rollups.IsBuiltAsync(Ct));
        Assert.False((await Rollups.CheckAsync(cancellationToken: Ct)).IsBuilt);

        var progress = new List<long>();
        var result = await Rollups.RebuildAsync(new Progress(progress), Ct);

        Assert.Equal(25, result.Ratings);
        Assert.Equal(25, progress.Max());
        Assert.True(await Rollups.IsBuiltAsync(Ct));
        Assert.True((await Rollups.CheckAsync(cancellationToken: Ct)).IsConsistent);
        await AssertDayCubeEqualsGroupByAsync();
    }

    /// <summary>An independent look: the day cube's counts per unit and day equal a GROUP BY over the ratings (Vietnam has no DST: +7 h).</summary>
    private async Task AssertDayCubeEqualsGroupByAsync()
    {
        await using var context = Fixture.NewContext();
        var ratings = await context.Set<RatingEntity>().AsNoTracking().Select(r => new { r.UnitCode, r.SubmittedAt, r.IsSatisfied }).ToListAsync(Ct);
        var expected = ratings
            .GroupBy(r => (Unit: r.UnitCode ?? string.Empty, Day: r.SubmittedAt.AddHours(7).Date))
            .Select(g => (g.Key.Unit, g.Key.Day, Count: (long)g.Count(), Satisfied: (long)g.Count(r => r.IsSatisfied)))
            .Order().ToList();
        var cells = await context.Set<RatingRollupEntity>().AsNoTracking().Where(c => c.Cube == 2)
            .GroupBy(c => new { c.UnitCode, c.Period })
            .Select(g => new { g.Key.UnitCode, g.Key.Period, Count = g.Sum(c => c.Count), Satisfied = g.Sum(c => c.Satisfied) })
            .ToListAsync(Ct);
        var actual = cells.Select(c => (Unit: c.UnitCode, Day: DateTime.SpecifyKind(c.Period, DateTimeKind.Unspecified).Date, c.Count, c.Satisfied)).Order().ToList();
        Assert.Equal(expected.Select(e => (e.Unit, DateTime.SpecifyKind(e.Day, DateTimeKind.Unspecified), e.Count, e.Satisfied)), actual);
    }

    /// <summary>
    /// The reports' distinct count of dissatisfied dossiers, read from the roll-ups (cells less repeats), equals a
    /// distinct count over the stored ratings, in total and per unit, channel and day.
    /// </summary>
    private async Task AssertDissatisfiedDossiersEqualDistinctCountAsync()
    {
        await using var context = Fixture.NewContext();
        var ratings = await context.Set<RatingEntity>().AsNoTracking().Where(r => !r.IsSatisfied && r.DossierCode != null)
            .Select(r => new { r.UnitCode, r.Channel, r.SubmittedAt, r.DossierCode }).ToListAsync(Ct);
        Assert.Contains(ratings.GroupBy(r => r.DossierCode), g => g.Count() > 1);
        var reports = Fixture.Services.GetRequiredService<ISatisfactionReportQueries>();
        var autumn = new ReportFilter(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(7)));
        var total = Assert.Single(await reports.GetSatisfactionAsync(autumn, ReportGrouping.Total, Ct));
        Assert.Equal(ratings.Select(r => r.DossierCode).Distinct().Count(), total.DissatisfiedDossiers);
        Assert.Equal(
            ratings.GroupBy(r => r.UnitCode ?? string.Empty).Select(g => (g.Key, g.Select(r => r.DossierCode).Distinct().Count())).Order(),
            (await reports.GetSatisfactionAsync(autumn, ReportGrouping.Unit, Ct)).Where(r => r.DissatisfiedDossiers > 0).Select(r => (r.Key, r.DissatisfiedDossiers)).Order());
        Assert.Equal(
            ratings.GroupBy(r => r.Channel.ToString()).Select(g => (g.Key, g.Select(r => r.DossierCode).Distinct().Count())).Order(),
            (await reports.GetSatisfactionAsync(autumn, ReportGrouping.Channel, Ct)).Where(r => r.DissatisfiedDossiers > 0).Select(r => (r.Key, r.DissatisfiedDossiers)).Order());
        Assert.Equal(
            ratings.GroupBy(r => r.SubmittedAt.AddHours(7).Date).Select(g => (g.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), g.Select(r => r.DossierCode).Distinct().Count())).Order(),
            (await reports.GetSatisfactionAsync(autumn, ReportGrouping.Day, Ct)).Where(r => r.DissatisfiedDossiers > 0).Select(r => (r.Period!.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.DissatisfiedDossiers)).Order());
    }

    private sealed class Progress(List<long> seen) : IProgress<long>
    {
        public void Report(long value) => seen.Add(value);
    }
}

/// <summary>Roll-ups over a SQLite file (the fast path's prepared upserts).</summary>
public sealed class SqliteRollupConsistencyTests : RollupConsistencyTests
{
    protected override string Provider => "sqlite";
}

/// <summary>Roll-ups over PostgreSQL through EF Core's portable statements.</summary>
public sealed class PostgresRollupConsistencyTests : RollupConsistencyTests
{
    protected override string Provider => "postgres";
}

/// <summary>Roll-ups over PostgreSQL through the array upserts and binary COPY of <c>UsePostgreSqlBulkImport</c>.</summary>
public sealed class PostgresCopyRollupConsistencyTests : RollupConsistencyTests
{
    protected override string Provider => "postgres";

    protected override bool BulkImport => true;
}
