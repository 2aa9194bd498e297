using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>
/// Every report figure against a hand computation on the small data sets of <see cref="ReportData"/>,
/// run once per provider by the derived classes; every query must reach the database as a GROUP BY.
/// </summary>
public abstract partial class ReportQueryTests : StoreFixtureTests
{
    private ISatisfactionReportQueries Reports => Fixture.Services.GetRequiredService<ISatisfactionReportQueries>();

    /// <summary>
    /// Whether the roll-ups are built (on the empty database) before the ratings are added, so that every
    /// write keeps them and every query that a cube can answer reads them: the same hand computations must hold.
    /// </summary>
    protected virtual bool Rollups => false;

    [Fact]
    public async Task Total_satisfied_rate_mean_score_and_happy_index_of_november()
    {
        await AddAsync(ReportData.Hanoi());

        var row = Assert.Single(await Reports.GetSatisfactionAsync(ReportData.November("HANOI_2014"), ReportGrouping.Total, Ct));

        // November (local): R1..R5; R6 is 2026-12-01 local. Satisfied: R1, R4 -> 2 of 5 = 40 %.
        Assert.Equal(5, row.Ratings);
        Assert.Equal(2, row.Satisfied);
        Assert.Equal(40m, row.SatisfiedRate);
        // Dissatisfied dossiers: D2 (R2), D3 (R3), D5 (R5) -> 3.
        Assert.Equal(3, row.DissatisfiedDossiers);
        // 20 answers; values R1 8 + R2 7 + R3 6 + R4 8 + R5 4 = 33; mean 33 / 20 = 1.65.
        Assert.Equal(20, row.Answers);
        Assert.Equal(1.65m, row.MeanScore);
        // Happy Index: KHL (1) -> 0, HL (2) -> 100; (1.65 - 1) / (2 - 1) * 100 = 65.
        Assert.Equal(65m, row.HappyIndex);
    }

    [Fact]
    public async Task Satisfied_rate_per_unit_runs_as_group_by()
    {
        await AddAsync(ReportData.Hanoi());
        Fixture.Sql.Commands.Clear();

        var rows = await Reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Unit, Ct);

        AssertGroupBy();
        // With the roll-ups built, the counts come from the day cube's cells, not from the ratings.
        Assert.Equal(Rollups, Fixture.Sql.Commands.Any(c => c.Contains("RatingRollups", StringComparison.Ordinal)));
        // U1: R1, R2, R3 -> 1 satisfied of 3 = 33.33 %; dissatisfied dossiers D2, D3.
        // U2: R4, R5 -> 1 of 2 = 50 %; dissatisfied dossier D5. No scheme in the filter: no Happy Index.
        Assert.Equal(["U1", "U2"], rows.Select(r => r.Key));
        Assert.Equal((3, 1, 33.3333m, 2), (rows[0].Ratings, rows[0].Satisfied, Math.Round(rows[0].SatisfiedRate, 4), rows[0].DissatisfiedDossiers));
        Assert.Equal((2, 1, 50m, 1), (rows[1].Ratings, rows[1].Satisfied, rows[1].SatisfiedRate, rows[1].DissatisfiedDossiers));
        Assert.All(rows, r => Assert.Null(r.HappyIndex));
    }

    [Fact]
    public async Task Procedure_officer_counter_and_channel_groupings()
    {
        await AddAsync(ReportData.Hanoi());
        var november = ReportData.November();

        // Procedure: P1 = R1, R2, R4, R5 (R1, R4 satisfied); P2 = R3.
        Assert.Equal([("P1", 4, 2), ("P2", 1, 0)], Counts(await Reports.GetSatisfactionAsync(november, ReportGrouping.Procedure, Ct)));
        // Officer: CB1 = R1, R2; CB2 = R3; CB3 = R4, R5.
        Assert.Equal([("CB1", 2, 1), ("CB2", 1, 0), ("CB3", 2, 1)], Counts(await Reports.GetSatisfactionAsync(november, ReportGrouping.Officer, Ct)));
        // Counter, as (unit, counter): U1/Q1 = R1, R2; U1/Q2 = R3; U2/Q3 = R4, R5.
        Assert.Equal([("U1/Q1", 2, 1), ("U1/Q2", 1, 0), ("U2/Q3", 2, 1)], Counts(await Reports.GetSatisfactionAsync(november, ReportGrouping.Counter, Ct)));
        // Channel: CounterPad = R1, R2, R4, R5; Online = R3.
        Assert.Equal([("CounterPad", 4, 2), ("Online", 1, 0)], Counts(await Reports.GetSatisfactionAsync(november, ReportGrouping.Channel, Ct)));
    }

    [Fact]
    public async Task Filters_narrow_by_unit_procedure_officer_counter_and_channel()
    {
        await AddAsync(ReportData.Hanoi());
        var november = ReportData.November();

        // U2 and P1: R4, R5.
        Assert.Equal([("", 2, 1)], Counts(await Reports.GetSatisfactionAsync(november with { UnitCodes = ["U2"], ProcedureCode = "P1" }, ReportGrouping.Total, Ct)));
        // Officer CB1: R1, R2. Counter Q2: R3. Channel Online: R3.
        Assert.Equal([("", 2, 1)], Counts(await Reports.GetSatisfactionAsync(november with { OfficerId = "CB1" }, ReportGrouping.Total, Ct)));
        Assert.Equal([("", 1, 0)], Counts(await Reports.GetSatisfactionAsync(november with { CounterId = "Q2" }, ReportGrouping.Total, Ct)));
        Assert.Equal([("", 1, 0)], Counts(await Reports.GetSatisfactionAsync(november with { Channel = RatingChannel.Online }, ReportGrouping.Total, Ct)));
        // Units U1 or U2: all five.
        Assert.Equal([("", 5, 2)], Counts(await Reports.GetSatisfactionAsync(november with { UnitCodes = ["U1", "U2"] }, ReportGrouping.Total, Ct)));
    }

    [Fact]
    public async Task Months_follow_vietnam_time_not_utc()
    {
        await AddAsync(ReportData.Hanoi());
        Fixture.Sql.Commands.Clear();

        var rows = await Reports.GetSatisfactionAsync(ReportData.FourthQuarter(), ReportGrouping.Month, Ct);

        AssertGroupBy();
        // Local: R1..R5 in November (R3 is 2026-10-31 23:30 UTC), R6 in December (2026-11-30 17:30 UTC).
        // In UTC it would have been October 1, November 4, December 0.
        Assert.Equal([("2026-11", 5, 2), ("2026-12", 1, 0)], Counts(rows));
        Assert.Equal(ReportPeriod.Month(2026, 11), rows[0].Period);
    }

    [Fact]
    public async Task Days_weeks_quarters_half_years_and_years()
    {
        await AddAsync(ReportData.Hanoi());

        // Days of November: 11-01 R3; 11-02 R1, R2; 11-10 R4, R5.
        var days = await Reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Day, Ct);
        Assert.Equal([("2026-11-01", 1, 0), ("2026-11-02", 2, 1), ("2026-11-10", 2, 1)], Counts(days));

        // Weeks from Monday: Sunday 11-01 is in the week of Monday 10-26 (ISO W44); 11-02 starts W45; 11-10 is in W46 (Monday 11-09).
        var weeks = await Reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Week, Ct);
        Assert.Equal([new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9)], weeks.Select(w => w.Period!.Start));
        Assert.Equal([("2026-W44", 1, 0), ("2026-W45", 2, 1), ("2026-W46", 2, 1)], Counts(weeks));

        // The fourth quarter, the second half and the year 2026 hold all six, R1 and R4 satisfied.
        Assert.Equal([("2026-Q4", 6, 2)], Counts(await Reports.GetSatisfactionAsync(ReportData.FourthQuarter(), ReportGrouping.Quarter, Ct)));
        Assert.Equal([("2026-H2", 6, 2)], Counts(await Reports.GetSatisfactionAsync(ReportData.FourthQuarter(), ReportGrouping.HalfYear, Ct)));
        Assert.Equal([("2026", 6, 2)], Counts(await Reports.GetSatisfactionAsync(ReportData.FourthQuarter(), ReportGrouping.Year, Ct)));
    }

    [Fact]
    public async Task Hanoi_dissatisfaction_per_criterion()
    {
        await AddAsync(ReportData.Hanoi());
        Fixture.Sql.Commands.Clear();

        var total = await Reports.GetCriteriaAsync(ReportData.November("HANOI_2014"), ReportGrouping.Total, Ct);

        AssertGroupBy();
        // 5 answers each. KHL on THONG_TIN_CSVC: R5 -> 1 = 20 %; HO_SO: R2, R5 -> 40 %;
        // THAI_DO: R3, R5 -> 40 %; THOI_GIAN_CHI_PHI: R3, R5 -> 40 %.
        Assert.Equal(
            [("THONG_TIN_CSVC", 5, 1, 20m), ("HO_SO", 5, 2, 40m), ("THAI_DO", 5, 2, 40m), ("THOI_GIAN_CHI_PHI", 5, 2, 40m)],
            total.Select(c => (c.CriterionCode, c.Answers, c.Dissatisfied, c.DissatisfiedShare)));

        // Per unit: U1 (R1, R2, R3): THONG_TIN 0, HO_SO 1 (R2), THAI_DO 1 (R3), THOI_GIAN 1 (R3) of 3.
        // U2 (R4, R5): 1 of 2 (R5) on every criterion = 50 %.
        var byUnit = await Reports.GetCriteriaAsync(ReportData.November("HANOI_2014"), ReportGrouping.Unit, Ct);
        Assert.Equal([0, 1, 1, 1, 1, 1, 1, 1], byUnit.Select(c => c.Dissatisfied));
        Assert.Equal(["U1", "U1", "U1", "U1", "U2", "U2", "U2", "U2"], byUnit.Select(c => c.Key));
        Assert.Equal(33.3333m, Math.Round(byUnit[1].DissatisfiedShare, 4));
        Assert.Equal(50m, byUnit[7].DissatisfiedShare);
    }

    [Fact]
    public async Task A_walked_away_follow_up_counts_as_dissatisfied_and_is_its_own_criterion_row()
    {
        var walkedAway = ReportData.Hanoi().First() with
        {
            Id = Guid.CreateVersion7(),
            Dossier = new DossierReference("D9", "P1", "U1", "CB1", "Q1"),
            Answers = [new RatingAnswer(RatingScheme.NotStatedCriterionCode, "KHL", 1, false)],
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
        await AddAsync([.. ReportData.Hanoi(), walkedAway]);

        var total = Assert.Single(await Reports.GetSatisfactionAsync(ReportData.November("HANOI_2014"), ReportGrouping.Total, Ct));
        var criteria = await Reports.GetCriteriaAsync(ReportData.November("HANOI_2014"), ReportGrouping.Total, Ct);

        // November: R1..R5 and the walked-away press; satisfied R1, R4 -> 2 of 6 (not 2 of 5).
        Assert.Equal((6, 2), (total.Ratings, total.Satisfied));
        // The four real criteria keep their five answers; the unstated one is a row of its own.
        Assert.Equal(
            [("THONG_TIN_CSVC", 5, 1), ("HO_SO", 5, 2), ("THAI_DO", 5, 2), ("THOI_GIAN_CHI_PHI", 5, 2), (RatingScheme.NotStatedCriterionCode, 1, 1)],
            criteria.Select(c => (c.CriterionCode, c.Answers, c.Dissatisfied)));
    }

    [Fact]
    public async Task Each_forms_answers_come_back_together_for_the_bootstrap()
    {
        await AddAsync(ReportData.Sipas());

        var forms = await Reports.GetRespondentAnswersAsync(ReportData.November("SIPAS_22"), Ct);

        // Three forms: S1 and S3 answered TC1.1, TC1.2, TC3.1 and TC5.1 (they gave feedback), S2 the first three.
        Assert.Equal([3, 4, 4], forms.Select(f => f.Count).Order());
        Assert.All(forms, f => Assert.Equal(f.Count, f.Select(a => a.CriterionCode).Distinct().Count()));
        Assert.Equal(9, forms.Sum(f => f.Count(a => a.CriterionCode is "TC1.1" or "TC1.2" or "TC3.1")));
        Assert.Equal([2, 4], forms.SelectMany(f => f).Where(a => a.CriterionCode == "TC5.1").Select(a => a.Value).Order());
    }

    [Fact]
    public async Task Sipas_style_index_counts_factor_5_only_from_respondents_who_gave_feedback()
    {
        await AddAsync(ReportData.Sipas());
        Fixture.Sql.Commands.Clear();

        var row = Assert.Single(await Reports.GetSipasStyleIndexAsync(ReportData.November("SIPAS_22"), ReportGrouping.Unit, cancellationToken: Ct));

        AssertGroupBy();
        Assert.Equal("S1", row.Key);
        // Shares of levels 4-5 among valid answers:
        //   TC1.1 5, 2, 4 -> 2/3 = 66.67 %; TC1.2 4, 4, 5 -> 3/3 = 100 %; TC3.1 3, 5, 4 -> 2/3 = 66.67 %;
        //   TC5.1 valid only from S1 (4) and S3 (2) -> 1/2 = 50 % (S2 gave no feedback).
        Assert.Equal([("TC1.1", 3, 66.6667m), ("TC1.2", 3, 100m), ("TC3.1", 3, 66.6667m), ("TC5.1", 2, 50m)], row.Criteria.Select(c => (c.CriterionCode, c.Answers, Math.Round(c.SatisfiedShare, 4))));
        // YT1 = (66.67 + 100) / 2 = 83.33; YT3 = 66.67; YT5 = 50; YT2, YT4 have no answers.
        var factors = row.Factors.ToDictionary(f => f.FactorCode, f => f.Index is { } i ? Math.Round(i, 4) : (decimal?)null);
        Assert.Equal(83.3333m, factors["YT1"]);
        Assert.Equal(66.6667m, factors["YT3"]);
        Assert.Equal(50m, factors["YT5"]);
        Assert.Null(factors["YT2"]);
        Assert.Null(factors["YT4"]);
        // Overall = (83.33 + 66.67 + 50) / 3 = 200 / 3 = 66.67.
        Assert.Equal(66.6667m, Math.Round(row.Overall!.Value, 4));
        // Mean score: (11 + 13 + 12 + 6) / 11 valid answers = 42 / 11 = 3.8182.
        Assert.Equal(3.8182m, Math.Round(row.MeanScore!.Value, 4));

        // Happy Index of the same answers: (42/11 - 1) / (5 - 1) * 100 = 70.4545.
        var satisfaction = Assert.Single(await Reports.GetSatisfactionAsync(ReportData.November("SIPAS_22"), ReportGrouping.Total, Ct));
        Assert.Equal(70.4545m, Math.Round(satisfaction.HappyIndex!.Value, 4));
    }

    [Fact]
    public async Task Response_rate_from_prompts_and_stray_presses()
    {
        foreach (var prompt in ReportData.Prompts())
        {
            await Fixture.Prompts.AddPromptAsync(prompt, Ct);
        }

        foreach (var press in ReportData.StrayPresses())
        {
            await Fixture.Prompts.AddStrayPressAsync(press, Ct);
        }

        Fixture.Sql.Commands.Clear();

        // November: 6 opened (the December prompt is out), rated 3, expired 1, cancelled 1, refused 1 -> 50 %;
        // stray presses U1/Q1 x2 + U2/Q3 + U2/Q1 + Q9 (no unit) = 5 (the December one is out).
        var total = Assert.Single(await Reports.GetResponseAsync(ReportData.November(), ReportGrouping.Total, Ct));
        Assert.Equal((6, 3, 1, 1, 1, 5, 50m), (total.Opened, total.Rated, total.Expired, total.Cancelled, total.Refused, total.StrayPresses, total.ResponseRate));

        // A counter is (unit, counter): U1's Q1 and U2's Q1 are two rows. U1/Q1: 4 opened, 2 rated (50 %), 1 expired,
        // 1 cancelled, 2 strays; U2/Q1: its one stray; U2/Q3: 2 opened, 1 rated, 1 refused, 1 stray; Q9 (no unit): 1 stray.
        var byCounter = await Reports.GetResponseAsync(ReportData.November(), ReportGrouping.Counter, Ct);
        AssertGroupBy();
        Assert.Equal(
            [("Q9", 0, 0, 0, 0, 0, (int?)1), ("U1/Q1", 4, 2, 1, 1, 0, (int?)2), ("U2/Q1", 0, 0, 0, 0, 0, (int?)1), ("U2/Q3", 2, 1, 0, 0, 1, (int?)1)],
            byCounter.Select(r => (r.Key, r.Opened, r.Rated, r.Expired, r.Cancelled, r.Refused, r.StrayPresses)));

        // Per unit, each unit's own strays (U2: Q3 and its own Q1); the press of no known unit belongs to no unit.
        var byUnit = await Reports.GetResponseAsync(ReportData.November(), ReportGrouping.Unit, Ct);
        Assert.Equal([("U1", 4, 2, (int?)2), ("U2", 2, 1, (int?)2)], byUnit.Select(r => (r.Key, r.Opened, r.Rated, r.StrayPresses)));
        var u2 = Assert.Single(await Reports.GetResponseAsync(ReportData.November() with { UnitCodes = ["U2"] }, ReportGrouping.Total, Ct));
        Assert.Equal((2, 1, (int?)2), (u2.Opened, u2.Rated, u2.StrayPresses));

        // Per day: 11-02 three prompts (2 rated), one stray; 11-03 one cancelled, one stray; 11-10 two prompts, three strays.
        var byDay = await Reports.GetResponseAsync(ReportData.November(), ReportGrouping.Day, Ct);
        Assert.Equal([("2026-11-02", 3, 2, (int?)1), ("2026-11-03", 1, 0, (int?)1), ("2026-11-10", 2, 1, (int?)3)], byDay.Select(r => (r.Key, r.Opened, r.Rated, r.StrayPresses)));
    }

    [Fact]
    public async Task Tt01_totals_bands_and_means_per_unit_and_officer()
    {
        await AddAsync(ReportData.Tt01());
        Fixture.Sql.Commands.Clear();

        var byUnit = await Reports.GetScoreTotalsAsync(ReportData.November("TT01_2018"), ReportGrouping.Unit, Ct);

        AssertGroupBy();
        // U1: T1 18 + T2 12 + T3 9 = 39 over 3 dossiers, mean 13; bands XUAT_SAC 1, TOT 1, KHA 1.
        // U2: T4 5, mean 5; band YEU.
        Assert.Equal([("U1", 3, 39L, 13m), ("U2", 1, 5L, 5m)], byUnit.Select(r => (r.Key, r.Dossiers, r.TotalSum, r.MeanTotal!.Value)));
        Assert.Equal([("XUAT_SAC", 1), ("TOT", 1), ("KHA", 1), ("TRUNG_BINH", 0), ("YEU", 0)], byUnit[0].Bands.Select(b => (b.BandCode, b.Dossiers)));
        Assert.Equal([0, 0, 0, 0, 1], byUnit[1].Bands.Select(b => b.Dossiers));

        // Officers: CB1 (18 + 12) / 2 = 15; CB2 9; CB3 5.
        var byOfficer = await Reports.GetScoreTotalsAsync(ReportData.November("TT01_2018"), ReportGrouping.Officer, Ct);
        Assert.Equal([("CB1", 15m), ("CB2", 9m), ("CB3", 5m)], byOfficer.Select(r => (r.Key, r.MeanTotal!.Value)));

        // A scheme without score bands is refused.
        await Assert.ThrowsAsync<ArgumentException>(async () => await Reports.GetScoreTotalsAsync(ReportData.November("HANOI_2014"), ReportGrouping.Unit, Ct));
    }

    [Fact]
    public async Task Hour_by_weekday_matrix_in_local_time()
    {
        await AddAsync(ReportData.Hanoi());
        Fixture.Sql.Commands.Clear();

        var cells = await Reports.GetHourWeekdayMatrixAsync(ReportData.November(), Ct);

        AssertGroupBy();
        Assert.Equal(Rollups, Fixture.Sql.Commands.Any(c => c.Contains("RatingRollups", StringComparison.Ordinal)));
        // R1 Monday 08h (satisfied), R2 Monday 09h, R4 + R5 Tuesday 14h (one satisfied), R3 Sunday 06h
        // (in UTC it would be Saturday 23h). Monday first.
        Assert.Equal(
            [(DayOfWeek.Monday, 8, 1, 1), (DayOfWeek.Monday, 9, 1, 0), (DayOfWeek.Tuesday, 14, 2, 1), (DayOfWeek.Sunday, 6, 1, 0)],
            cells.Select(c => (c.Weekday, c.Hour, c.Ratings, c.Satisfied)));
    }

    [Fact]
    public async Task Decision_766_rate_per_unit_from_vendor_dossier_counts()
    {
        await AddAsync(ReportData.Hanoi());
        var byUnit = await Reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Unit, Ct);

        var rates = Decision766Rate.Compute([new UnitDossierStatistics("U1", 100, 1, 2), new UnitDossierStatistics("U2", 40, 0, 0)], byUnit);

        // U1: (100 - 2 dissatisfied dossiers - 1 complained - 2 overdue) / 100 * 100 = 95 %.
        // U2: (40 - 1 - 0 - 0) / 40 * 100 = 97.5 %.
        Assert.Equal([("U1", 2, 95m), ("U2", 1, 97.5m)], rates.Select(r => (r.UnitCode, r.Dissatisfied, r.Rate)));
    }

    [Fact]
    public async Task A_zone_with_daylight_saving_time_is_refused_with_a_clear_error()
    {
        await using var paris = await StoreFixture.CreateAsync(Provider, configure: s => s.Configure<ReportingOptions>(o => o.TimeZoneId = "Europe/Paris"));
        var reports = paris.Services.GetRequiredService<ISatisfactionReportQueries>();

        // Paris leaves summer time on 2026-10-25, inside the fourth quarter.
        var error = await Assert.ThrowsAsync<NotSupportedException>(async () => await reports.GetSatisfactionAsync(ReportData.FourthQuarter(), ReportGrouping.Month, Ct));
        Assert.Contains("Europe/Paris", error.Message, StringComparison.Ordinal);

        // November alone has one offset (+01:00) and works.
        Assert.Empty(await reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Month, Ct));
    }

    private static (string, int, int)[] Counts(IEnumerable<SatisfactionRow> rows) => [.. rows.Select(r => (r.Key, r.Ratings, r.Satisfied))];

    private void AssertGroupBy() =>
        Assert.Contains(Fixture.Sql.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));

    private async Task AddAsync(IEnumerable<Rating> ratings)
    {
        if (Rollups)
        {
            await Fixture.Services.GetRequiredService<IRatingRollups>().RebuildAsync(cancellationToken: Ct);
        }

        foreach (var rating in ratings)
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }
    }
}
