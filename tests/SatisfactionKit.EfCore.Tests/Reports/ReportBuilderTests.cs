using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Spreadsheets;
using SatisfactionKit.Units;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>The periodic reports built over the <see cref="ReportData"/> ratings, on each provider.</summary>
public abstract class ReportBuilderTests : IAsyncLifetime
{
    // U1: 250 dossiers (Đà Nẵng rule: max(200, 30 % = 75) = 200), 1 complained, 2 overdue.
    // U2: 150 dossiers (standard: 150 / (1 + 150 * 0.05²) = 109.09 -> 110), none complained or overdue.
    private readonly FixedDossierStatistics _dossiers = new(new UnitDossierStatistics("U1", 250, 1, 2), new UnitDossierStatistics("U2", 150, 0, 0));

    // The vendor knows P1's name only: P2 shows as its code; and the names of officers CB1 and CB3, not CB2.
    private readonly FixedProcedureNames _procedures = new(
        new Dictionary<string, string> { ["P1"] = "Đăng ký khai sinh" },
        new Dictionary<string, string> { ["CB1"] = "Nguyễn Văn An", ["CB3"] = "Lê Minh Châu" });
    private StoreFixture? _fixture;

    protected abstract string Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SatisfactionReportBuilder Builder => _fixture!.Services.GetRequiredService<SatisfactionReportBuilder>();

    public async ValueTask InitializeAsync()
    {
        _fixture = await StoreFixture.CreateAsync(Provider, configure: s => s.AddSingleton<IDossierStatisticsSource>(_dossiers).AddSingleton<IReportNameSource>(_procedures));
        foreach (var rating in ReportData.Hanoi())
        {
            await _fixture.Ratings.AddAsync(rating, Ct);
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
    public async Task The_monthly_province_report_has_its_due_date_quotas_and_decision_766_rates()
    {
        var report = await Builder.MonthlyAsync(2026, 11, schemeCode: "HANOI_2014", cancellationToken: Ct);

        Assert.Equal(ReportPeriod.Month(2026, 11), report.Period);
        // Monthly: before the 10th of the next month.
        Assert.Equal(new DateOnly(2026, 12, 10), report.DueBefore);
        Assert.Null(report.UnitCode);
        // R1..R5, 2 satisfied (see ReportData).
        Assert.Equal((5, 2, 40m), (report.Total.Ratings, report.Total.Satisfied, report.Total.SatisfiedRate));
        Assert.Equal(["U1", "U2"], report.ByUnit.Select(u => u.Key));
        // Trend by day: 11-01 (R3), 11-02 (R1, R2), 11-10 (R4, R5).
        Assert.Equal(["2026-11-01", "2026-11-02", "2026-11-10"], report.Trend.Select(t => t.Key));
        Assert.Equal(4, report.Criteria.Count);
        Assert.Null(report.SipasStyle);
        // Quotas: U1 3 ratings of 200 -> short 197; U2 2 of 110 -> short 108.
        Assert.Equal([("U1", 250, 3, 200, 197), ("U2", 150, 2, 110, 108)], report.Quotas.Select(q => (q.UnitCode, q.Dossiers, q.Ratings, q.Quota, q.Shortfall)));
        // QĐ 766: U1 (250 - 2 - 1 - 2) / 250 = 98 %; U2 (150 - 1) / 150 = 99.33 %.
        Assert.Equal([("U1", 98m), ("U2", 99.3333m)], report.Decision766.Select(d => (d.UnitCode, Math.Round(d.Rate, 4))));
        // The vendor was asked for November in Vietnam time.
        var asked = Assert.Single(_dossiers.Asked);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(7)), asked.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(7)), asked.To);
    }

    [Fact]
    public async Task The_unit_six_month_and_annual_reports()
    {
        var halfYear = await Builder.HalfYearAsync(2026, 2, "U2", cancellationToken: Ct);

        // Six months: due before the 10th of the month after (2027-01-10). U2: R4, R5, R6; R4 satisfied.
        Assert.Equal(new DateOnly(2027, 1, 10), halfYear.DueBefore);
        Assert.Equal("U2", halfYear.UnitCode);
        Assert.Equal((3, 1), (halfYear.Total.Ratings, halfYear.Total.Satisfied));
        // Trend by month: November R4, R5; December R6.
        Assert.Equal([("2026-11", 2), ("2026-12", 1)], halfYear.Trend.Select(t => (t.Key, t.Ratings)));
        Assert.Equal([("U2", 110, 107)], halfYear.Quotas.Select(q => (q.UnitCode, q.Quota, q.Shortfall)));

        var annual = await Builder.AnnualAsync(2026, cancellationToken: Ct);

        // Annual: due 15 December of the same year; all six ratings.
        Assert.Equal(new DateOnly(2026, 12, 15), annual.DueBefore);
        Assert.Equal(6, annual.Total.Ratings);
        Assert.Empty(annual.Criteria);
    }

    [Fact]
    public async Task The_monthly_report_exported_to_xlsx_reads_back_with_the_same_numbers()
    {
        var report = await Builder.MonthlyAsync(2026, 11, schemeCode: "HANOI_2014", cancellationToken: Ct);
        using var stream = new MemoryStream();

        await ReportSpreadsheets.WriteExcelAsync(report, stream, Ct);

        stream.Position = 0;
        Assert.Equal(["Tổng hợp", "Theo đơn vị", "Theo thủ tục", "Theo thời gian", "Theo tiêu chí", "Chỉ tiêu mẫu", "QĐ 766", "Theo giờ và thứ"], MiniExcel.GetSheetNames(stream));
        // By procedure, named by the vendor's source where it knows the code: P1 = R1, R2, R4, R5 (2 satisfied, 50 %);
        // P2 = R3 (0 satisfied), unnamed, so its code stands in.
        var procedures = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo thủ tục").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([("P1", "Đăng ký khai sinh", 4d, 50d), ("P2", "P2", 1d, 0d)], procedures.Select(p => ((string?)p["Mã thủ tục"], (string?)p["Tên thủ tục"], Convert.ToDouble(p["Số phiếu"], CultureInfo.InvariantCulture), Convert.ToDouble(p["Tỷ lệ hài lòng (%)"], CultureInfo.InvariantCulture))));
        Assert.Equal(["P1", "P2"], Assert.Single(_procedures.Asked).Order());
        // By unit: U1 3 ratings, 1 satisfied, 33.33 %; U2 2, 1, 50 % (see ReportData).
        var units = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo đơn vị").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["U1", "U2"], units.Select(u => u["Mã đơn vị"]));
        Assert.Equal([3d, 2d], units.Select(u => Convert.ToDouble(u["Số phiếu"], CultureInfo.InvariantCulture)));
        Assert.Equal([33.33d, 50d], units.Select(u => Convert.ToDouble(u["Tỷ lệ hài lòng (%)"], CultureInfo.InvariantCulture)));
        // Each rate with its 95 % Wilson interval: 1 of 3 is 6.15 % to 79.23 %, 1 of 2 is 9.45 % to 90.55 % (hand-computed).
        Assert.Equal([6.15d, 9.45d], units.Select(u => Convert.ToDouble(u["Cận dưới 95% (%)"], CultureInfo.InvariantCulture)));
        Assert.Equal([79.23d, 90.55d], units.Select(u => Convert.ToDouble(u["Cận trên 95% (%)"], CultureInfo.InvariantCulture)));
        // Criteria: HO_SO 2 dissatisfied of 5 = 40 %.
        var criteria = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo tiêu chí").Cast<IDictionary<string, object?>>().ToList();
        var hoSo = Assert.Single(criteria, c => (string?)c["Mã tiêu chí"] == "HO_SO");
        Assert.Equal(40d, Convert.ToDouble(hoSo["Tỷ lệ không hài lòng (%)"], CultureInfo.InvariantCulture));
        // QĐ 766: U1 98 %, U2 99.33 %.
        var rates = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "QĐ 766").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([98d, 99.33d], rates.Select(r => Convert.ToDouble(r["Tỷ lệ hài lòng (%)"], CultureInfo.InvariantCulture)));
        // Summary: the rate of 40 % and the due date.
        var summary = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["Chỉ tiêu"]!, r => r["Giá trị"]);
        Assert.Equal(40d, Convert.ToDouble(summary["Tỷ lệ hài lòng (%)"], CultureInfo.InvariantCulture));
        Assert.Equal("10/12/2026", summary["Hạn gửi báo cáo (trước ngày)"]);
        // Heat map: Tuesday 14h holds R4 and R5.
        var heat = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo giờ và thứ").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2d, Convert.ToDouble(heat.Single(r => (string?)r["Thứ"] == "Thứ Ba")["14h"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Units_and_criteria_are_named_beside_their_codes_in_the_workbook()
    {
        var from = new DateOnly(2020, 1, 1);
        await _fixture!.Services.GetRequiredService<IUnitStore>().ReplaceAsync(
            new UnitCatalogue(
                [
                    new UnitVersion("P", new UnitName("Tỉnh Hà Nam"), UnitLevel.Province, null, from),
                    new UnitVersion("U1", new UnitName("Phường Lê Hồng Phong"), UnitLevel.Commune, "P", from),
                    new UnitVersion("U2", new UnitName("Xã Tiên Tân"), UnitLevel.Commune, "P", from),
                ],
                []),
            new DateOnly(2026, 12, 7),
            Ct);
        var report = await Builder.MonthlyAsync(2026, 11, schemeCode: "HANOI_2014", cancellationToken: Ct);
        using var stream = new MemoryStream();

        await ReportSpreadsheets.WriteExcelAsync(report, stream, Ct);

        stream.Position = 0;
        var units = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo đơn vị").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal([("U1", "Phường Lê Hồng Phong"), ("U2", "Xã Tiên Tân")], units.Select(u => ((string?)u["Mã đơn vị"], (string?)u["Tên đơn vị"])));
        var criteria = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo tiêu chí").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Quy định về hồ sơ của TTHC", Assert.Single(criteria, c => (string?)c["Mã tiêu chí"] == "HO_SO")["Tên tiêu chí"]);
        Assert.Equal("Thái độ phục vụ của cán bộ", Assert.Single(criteria, c => (string?)c["Mã tiêu chí"] == "THAI_DO")["Tên tiêu chí"]);
        var rates = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "QĐ 766").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Phường Lê Hồng Phong", "Xã Tiên Tân"], rates.Select(r => r["Tên đơn vị"]));
        var quotas = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Chỉ tiêu mẫu").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Phường Lê Hồng Phong", "Xã Tiên Tân"], quotas.Select(r => r["Tên đơn vị"]));

        // One unit's report names it in the summary, its code in a row of its own.
        var one = await Builder.MonthlyAsync(2026, 11, "U2", cancellationToken: Ct);
        var summary = ReportTables.Build(one, ReportView.Summary).Rows.ToDictionary(r => (string)r[0]!, r => r[1]);
        Assert.Equal(("Xã Tiên Tân", "U2"), (summary["Đơn vị"], summary["Mã đơn vị"]));

        // The portal file names each dossier's unit beside its code.
        var outcomes = await _fixture.Services.GetRequiredService<ISatisfactionReportQueries>().GetDossierOutcomesAsync(ReportData.November(), Ct);
        var names = await Builder.NamesAsync(outcomes.Select(o => o.UnitCode), new DateOnly(2026, 11, 30), cancellationToken: Ct);
        using var portal = new MemoryStream();
        await ReportExport.WritePortalJsonAsync(ReportData.November(), outcomes, ReportData.At(12, 2, 8, 0), portal, names, Ct);
        using var json = JsonDocument.Parse(portal.ToArray());
        var d5 = json.RootElement.GetProperty("dossiers").GetProperty("D5");
        Assert.Equal(("U2", "Xã Tiên Tân"), (d5.GetProperty("unitCode").GetString(), d5.GetProperty("unitName").GetString()));
    }

    [Fact]
    public async Task Officers_are_named_beside_their_ids_for_a_per_officer_table()
    {
        var queries = _fixture!.Services.GetRequiredService<ISatisfactionReportQueries>();
        var byOfficer = await queries.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Officer, Ct);

        var names = await Builder.NamesAsync([], new DateOnly(2026, 11, 30), officerIds: [.. byOfficer.Select(r => r.Key), "CB1", null, ""], cancellationToken: Ct);

        // CB1: R1, R2; CB2: R3 (no name known, so its id stands in); CB3: R4, R5 (see ReportData).
        Assert.Equal([("CB1", "Nguyễn Văn An", 2), ("CB2", "CB2", 1), ("CB3", "Lê Minh Châu", 2)], byOfficer.Select(r => (r.Key, names.Officer(r.Key), r.Ratings)));
        // Asked once, for each id once; no officer asked for, no question.
        Assert.Equal(["CB1", "CB2", "CB3"], Assert.Single(_procedures.AskedOfficers).Order());
        Assert.Empty((await Builder.NamesAsync(["U1"], new DateOnly(2026, 11, 30), cancellationToken: Ct)).Officers);
        Assert.Single(_procedures.AskedOfficers);
    }

    [Fact]
    public async Task A_view_exported_to_csv_reads_back()
    {
        var report = await Builder.MonthlyAsync(2026, 11, schemeCode: "HANOI_2014", cancellationToken: Ct);
        var text = new StringBuilder();
        await using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            await ReportSpreadsheets.WriteCsvAsync(report, ReportView.ByUnit, writer, Ct);
        }

        using var csv = new CsvReader(new StringReader(text.ToString()), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["U1", "U2"], rows.Select(r => r["Mã đơn vị"]));
        Assert.Equal(["33.33", "50"], rows.Select(r => r["Tỷ lệ hài lòng (%)"]));
        Assert.Equal(["2", "1"], rows.Select(r => r["Hồ sơ không hài lòng"]));
    }

    [Fact]
    public async Task The_portal_json_has_one_entry_per_dossier_code()
    {
        var queries = _fixture!.Services.GetRequiredService<ISatisfactionReportQueries>();
        var filter = ReportData.November();
        var dossiers = await queries.GetDossierOutcomesAsync(filter, Ct);
        using var stream = new MemoryStream();

        await ReportExport.WritePortalJsonAsync(filter, dossiers, ReportData.At(12, 2, 8, 0), stream, cancellationToken: Ct);

        // November: D1 (R1, satisfied), D2 (R2, not), D3 (R3, not), D4 (R4, satisfied), D5 (R5, not; R6 is December).
        using var json = JsonDocument.Parse(stream.ToArray());
        var entries = json.RootElement.GetProperty("dossiers").EnumerateObject().ToList();
        Assert.Equal(["D1", "D2", "D3", "D4", "D5"], entries.Select(e => e.Name));
        Assert.Equal([true, false, false, true, false], entries.Select(e => e.Value.GetProperty("satisfied").GetBoolean()));
        Assert.Equal("U2", entries[4].Value.GetProperty("unitCode").GetString());
        Assert.Equal(1, entries[4].Value.GetProperty("ratings").GetInt32());
        Assert.Equal(ReportData.At(11, 10, 14, 40), entries[4].Value.GetProperty("lastRatedAt").GetDateTimeOffset());
        Assert.Equal(filter.From, json.RootElement.GetProperty("from").GetDateTimeOffset());
    }
}

/// <summary>The reports over a SQLite file.</summary>
public sealed class SqliteReportBuilderTests : ReportBuilderTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The reports over PostgreSQL.</summary>
public sealed class PostgresReportBuilderTests : ReportBuilderTests
{
    protected override string Provider => "postgres";
}
