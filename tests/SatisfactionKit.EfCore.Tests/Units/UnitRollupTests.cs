using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Reports;
using SatisfactionKit.Units;

namespace SatisfactionKit.EfCore.Tests.Units;

/// <summary>
/// Roll-ups of <see cref="UnitRatings"/> along <see cref="SampleUnits"/>, hand-computed, as recorded on the eve
/// of the merger and as restructured today, by province and by commune; and the subtree filter. Run once
/// per provider by the derived classes.
/// </summary>
public abstract class UnitRollupTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(StoreFixture.Start.Date);

    private StoreFixture? _fixture;

    protected abstract string Provider { get; }

    private StoreFixture Fixture => _fixture!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IUnitReportQueries Rollups => Fixture.Services.GetRequiredService<IUnitReportQueries>();

    private ISatisfactionReportQueries Reports => Fixture.Services.GetRequiredService<ISatisfactionReportQueries>();

    public async ValueTask InitializeAsync()
    {
        _fixture = await StoreFixture.CreateAsync(Provider);
        await Fixture.Services.GetRequiredService<IUnitStore>().ReplaceAsync(SampleUnits.Catalogue, Today, Ct);
        foreach (var rating in UnitRatings.All())
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task As_recorded_on_the_eve_of_the_merger_by_province()
    {
        var report = await Rollups.GetSatisfactionAsync(UnitRatings.JuneAndJuly(), new UnitRollup(UnitLevel.Province, SampleUnits.BeforeMerger, UnitView.AsRecorded), Ct);

        Assert.Equal(
            [("35", "Tỉnh Hà Nam", 5, 3, 2, "13321,13324"), ("37", "Tỉnh Ninh Bình", 3, 2, 1, "14101"), ("", "Ngoài danh mục đơn vị tại ngày báo cáo", 6, 4, 2, "13999,X-99")],
            Rows(report));
        Assert.Equal("By province, units as recorded on 2025-06-30", report.Label.En);
        Assert.StartsWith("Theo cấp province, đơn vị như đã ghi nhận tại ngày 30/06/2025", report.Label.Vi, StringComparison.Ordinal);
        Assert.Equal("Ha Nam Province", report.Rows[0].Name.En);
    }

    [Fact]
    public async Task As_recorded_on_the_eve_of_the_merger_by_commune()
    {
        var report = await Rollups.GetSatisfactionAsync(UnitRatings.JuneAndJuly(), new UnitRollup(UnitLevel.Commune, SampleUnits.BeforeMerger, UnitView.AsRecorded), Ct);

        Assert.Equal(
            [("13321", "Phường Lê Hồng Phong", 3, 2, 1, "13321"), ("13324", "Phường Quang Trung", 2, 1, 1, "13324"), ("14101", "Phường Đông Thành", 3, 2, 1, "14101"), ("", "Ngoài danh mục đơn vị tại ngày báo cáo", 6, 4, 2, "13999,X-99")],
            Rows(report));
    }

    [Fact]
    public async Task As_restructured_today_by_province_the_merged_province_carries_its_history()
    {
        var report = await Rollups.GetSatisfactionAsync(UnitRatings.JuneAndJuly(), new UnitRollup(UnitLevel.Province, Today, UnitView.AsRestructured), Ct);

        // D1 was rated dissatisfied under 13321 and again under 13999: one dossier in the QĐ 766 count.
        Assert.Equal(
            [("37", "Tỉnh Ninh Bình", 13, 8, 4, "13321,13324,13999,14101"), ("", "Ngoài danh mục đơn vị tại ngày báo cáo", 1, 1, 0, "X-99")],
            Rows(report));
        Assert.Equal("By province, as restructured on 2026-11-02: merged units' history attributed to their successor", report.Label.En);
    }

    [Fact]
    public async Task As_restructured_today_by_commune_the_new_ward_carries_both_old_wards()
    {
        var report = await Rollups.GetSatisfactionAsync(UnitRatings.JuneAndJuly("HANOI_2014"), new UnitRollup(UnitLevel.Commune, Today, UnitView.AsRestructured), Ct);

        Assert.Equal(
            [("13999", "Phường Phủ Lý", 10, 6, 3, "13321,13324,13999"), ("14101", "Phường Đông Thành", 3, 2, 1, "14101"), ("", "Ngoài danh mục đơn vị tại ngày báo cáo", 1, 1, 0, "X-99")],
            Rows(report));
        // 10 ratings × 4 answers; 6 satisfied at 2 points each answer, 4 dissatisfied at 1.
        Assert.Equal((40, 64L), (report.Rows[0].Figures.Answers, report.Rows[0].Figures.AnswerValueSum));
        Assert.Equal("Phu Ly Ward", report.Rows[0].Name.En);
        Assert.Equal(14, report.Rows.Sum(r => r.Figures.Ratings));
    }

    [Fact]
    public async Task Per_criterion_as_restructured_by_commune_each_row_adds_its_recorded_codes()
    {
        var rows = await Rollups.GetCriteriaAsync(UnitRatings.JuneAndJuly("HANOI_2014"), new UnitRollup(UnitLevel.Commune, Today, UnitView.AsRestructured), Ct);

        // Every rating answers the 4 criteria at one level: Phủ Lý 10 answers a criterion (6 HL = 2 points, 4 KHL = 1),
        // Đông Thành 3 (2 HL), outside the hierarchy 1 (HL); rows in code order, outside last, criteria in scheme order.
        var criteria = new[] { "THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI" };
        Assert.Equal(
            [
                .. criteria.Select(c => ("13999", c, 10, 6, 16L)),
                .. criteria.Select(c => ("14101", c, 3, 2, 5L)),
                .. criteria.Select(c => ("", c, 1, 1, 2L)),
            ],
            rows.Select(r => (r.UnitCode, r.Figures.CriterionCode, r.Figures.Answers, r.Figures.Satisfied, r.Figures.ValueSum)));
        Assert.All(rows.Where(r => r.UnitCode == "13999"), r => Assert.Equal(["13321", "13324", "13999"], r.RecordedCodes));
        Assert.Equal("Phu Ly Ward", rows[0].Name.En);

        // A scheme is required; naming none is refused with the reason.
        var refused = await Assert.ThrowsAsync<ArgumentException>(async () => await Rollups.GetCriteriaAsync(UnitRatings.JuneAndJuly(), new UnitRollup(UnitLevel.Commune, Today, UnitView.AsRestructured), Ct));
        Assert.Contains("needs a scheme code", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_subtree_filter_is_enforced_by_the_query_layer()
    {
        async Task<int> TotalAsync(ReportFilter filter) => (await Reports.GetSatisfactionAsync(filter, ReportGrouping.Total, Ct)).Sum(r => r.Ratings);
        var period = UnitRatings.JuneAndJuly();

        Assert.Equal(5, await TotalAsync(period with { UnitScope = new UnitScope("35", SampleUnits.BeforeMerger, UnitView.AsRecorded) }));
        Assert.Equal(13, await TotalAsync(period with { UnitScope = new UnitScope("37", Today) }));
        Assert.Equal(10, await TotalAsync(period with { UnitScope = new UnitScope("13999", Today) }));
        Assert.Equal(3, await TotalAsync(period with { UnitCodes = ["14101", "X-99"], UnitScope = new UnitScope("37", Today) }));
        // Hà Nam no longer exists today: its subtree is empty, and an empty subtree selects nothing, not everything.
        Assert.Equal(0, await TotalAsync(period with { UnitScope = new UnitScope("35", Today) }));

        var byUnit = await Reports.GetSatisfactionAsync(period with { UnitScope = new UnitScope("35", SampleUnits.BeforeMerger, UnitView.AsRecorded) }, ReportGrouping.Unit, Ct);
        Assert.Equal(["13321", "13324"], byUnit.Select(r => r.Key));
        var rollup = await Rollups.GetSatisfactionAsync(period with { UnitScope = new UnitScope("13999", Today) }, new UnitRollup(UnitLevel.Province, Today, UnitView.AsRestructured), Ct);
        Assert.Equal([("37", 10)], rollup.Rows.Select(r => (r.UnitCode, r.Figures.Ratings)));
    }

    [Fact]
    public async Task Without_a_hierarchy_the_existing_reports_are_unchanged()
    {
        var rows = await Reports.GetSatisfactionAsync(UnitRatings.JuneAndJuly(), ReportGrouping.Unit, Ct);

        Assert.Equal([("13321", 3), ("13324", 2), ("13999", 5), ("14101", 3), ("X-99", 1)], rows.Select(r => (r.Key, r.Ratings)));
    }

    [Fact]
    public async Task A_roll_up_reads_the_catalogue_once_and_counts_in_a_few_grouped_queries()
    {
        Fixture.Sql.Commands.Clear();

        await Rollups.GetSatisfactionAsync(UnitRatings.JuneAndJuly("HANOI_2014") with { UnitScope = new UnitScope("37", Today) }, new UnitRollup(UnitLevel.Commune, Today, UnitView.AsRestructured), Ct);

        // Versions, successions, then ratings, answers and dissatisfied dossiers, each grouped in SQL.
        Assert.Equal(5, Fixture.Sql.Commands.Count);
        Assert.Equal(2, Fixture.Sql.Commands.Count(c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Tt01_score_totals_as_recorded_and_as_restructured_by_province()
    {
        foreach (var rating in UnitRatings.Tt01())
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }

        var tt01 = UnitRatings.JuneAndJuly("TT01_2018");

        // As recorded on the eve: 35 = T1 18 + T2 12 (mean 15); 37 = T3 9; outside = T4 5 + T5 16 + T6 6 (mean 9).
        var recorded = await Rollups.GetScoreTotalsAsync(tt01, new UnitRollup(UnitLevel.Province, SampleUnits.BeforeMerger, UnitView.AsRecorded), Ct);
        Assert.Equal(
            [("35", 2, 30L, 15m, "1,1,0,0,0", "13321,13324"), ("37", 1, 9L, 9m, "0,0,1,0,0", "14101"), ("", 3, 27L, 9m, "1,0,0,1,1", "13999,X-99")],
            Totals(recorded));
        Assert.Equal("Tỉnh Hà Nam", recorded[0].Name.Vi);
        Assert.Equal(["XUAT_SAC", "TOT", "KHA", "TRUNG_BINH", "YEU"], recorded[0].Figures.Bands.Select(b => b.BandCode));

        // As restructured today: 37 carries Hà Nam's history, T1 to T5 = 60 over 5 (mean 12); X-99 alone outside.
        var restructured = await Rollups.GetScoreTotalsAsync(tt01, new UnitRollup(UnitLevel.Province, Today, UnitView.AsRestructured), Ct);
        Assert.Equal(
            [("37", 5, 60L, 12m, "2,1,1,0,1", "13321,13324,13999,14101"), ("", 1, 6L, 6m, "0,0,0,1,0", "X-99")],
            Totals(restructured));

        // By commune today: the new ward 13999 carries both old wards (T1, T2, T4, T5 = 51 over 4).
        var communes = await Rollups.GetScoreTotalsAsync(tt01, new UnitRollup(UnitLevel.Commune, Today, UnitView.AsRestructured), Ct);
        Assert.Equal(
            [("13999", 4, 51L, 12.75m, "2,1,0,0,1", "13321,13324,13999"), ("14101", 1, 9L, 9m, "0,0,1,0,0", "14101"), ("", 1, 6L, 6m, "0,0,0,1,0", "X-99")],
            Totals(communes));

        // The rows add up to the flat report's total, and the Hà Nội ratings are not counted.
        var flat = Assert.Single(await Reports.GetScoreTotalsAsync(tt01, ReportGrouping.Total, Ct));
        Assert.Equal((flat.Dossiers, flat.TotalSum), (recorded.Sum(r => r.Figures.Dossiers), recorded.Sum(r => r.Figures.TotalSum)));
        Assert.Equal((6, 66L), (flat.Dossiers, flat.TotalSum));

        // A scheme without score bands, or none, is refused.
        var rollup = new UnitRollup(UnitLevel.Province, Today, UnitView.AsRestructured);
        await Assert.ThrowsAsync<ArgumentException>(async () => await Rollups.GetScoreTotalsAsync(UnitRatings.JuneAndJuly("HANOI_2014"), rollup, Ct));
        await Assert.ThrowsAsync<ArgumentException>(async () => await Rollups.GetScoreTotalsAsync(UnitRatings.JuneAndJuly(), rollup, Ct));
    }

    private static (string, int, long, decimal, string, string)[] Totals(IReadOnlyList<UnitScoreTotalRow> rows) =>
        [.. rows.Select(r => (r.UnitCode, r.Figures.Dossiers, r.Figures.TotalSum, r.Figures.MeanTotal!.Value, string.Join(',', r.Figures.Bands.Select(b => b.Dossiers)), string.Join(',', r.RecordedCodes)))];

    private static (string, string, int, int, int, string)[] Rows(UnitRollupReport report) =>
        [.. report.Rows.Select(r => (r.UnitCode, r.Name.Vi, r.Figures.Ratings, r.Figures.Satisfied, r.Figures.DissatisfiedDossiers, string.Join(',', r.RecordedCodes)))];
}

/// <summary>The roll-ups over a SQLite file.</summary>
public sealed class SqliteUnitRollupTests : UnitRollupTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The roll-ups over PostgreSQL.</summary>
public sealed class PostgresUnitRollupTests : UnitRollupTests
{
    protected override string Provider => "postgres";
}
