using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>The periodic reports built over the <see cref="ReportData"/> ratings, on each provider.</summary>
public abstract class ReportBuilderTests : IAsyncLifetime
{
    // U1: 250 dossiers (Đà Nẵng rule: max(200, 30 % = 75) = 200), 1 complained, 2 overdue.
    // U2: 150 dossiers (standard: 150 / (1 + 150 * 0.05²) = 109.09 -> 110), none complained or overdue.
    private readonly FixedDossierStatistics _dossiers = new(new UnitDossierStatistics("U1", 250, 1, 2), new UnitDossierStatistics("U2", 150, 0, 0));
    private StoreFixture? _fixture;

    protected abstract string Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SatisfactionReportBuilder Builder => _fixture!.Services.GetRequiredService<SatisfactionReportBuilder>();

    public async ValueTask InitializeAsync()
    {
        _fixture = await StoreFixture.CreateAsync(Provider, configure: s => s.AddSingleton<IDossierStatisticsSource>(_dossiers));
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
