using Microsoft.Extensions.Options;
using SatisfactionKit.Charts;
using SatisfactionKit.Reports;
using SatisfactionKit.Server;
using SatisfactionKit.Spreadsheets;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The dashboard's data: a period's report (computed in the database by <see cref="SatisfactionReportBuilder"/>),
/// its charts as PNG (SatisfactionKit.Charts), and the downloads officials file (Excel and CSV from
/// SatisfactionKit.Spreadsheets, portal JSON).
/// Periods are written <c>2026-10</c>, <c>2026-Q3</c>, <c>2026-H1</c> or <c>2026</c>; the default is this month.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(SatisfactionKitPolicies.ReportReader).AddEndpointFilter<QueryTextFilter>().AddEndpointFilter<SchemeQueryFilter>()
            // A reader limited to some units reads one of them (?unit=), never the whole province.
            .AddEndpointFilter((context, next) =>
                UnitScope.CheckReport(context.HttpContext.User, context.HttpContext.Request.Query["unit"].ToString()) is { } refused
                    ? ValueTask.FromResult<object?>(refused)
                    : next(context));

        reports.MapGet("/charts/{chart}.png", async (string chart, string? period, string? unit, string? scheme, ReportRequest request, CancellationToken ct) =>
        {
            var report = await request.BuildAsync(period, unit, scheme, ct);
            if (report is null)
            {
                return request.BadPeriod(period);
            }

            // Units and criteria by name (the unit registry's, the scheme's), never by code.
            var named = new ChartOptions { Names = report.Names };
            byte[]? png = chart switch
            {
                "units" => ReportCharts.UnitsRanked(report.ByUnit, named),
                "trend" => ReportCharts.IndexTrend(report.Trend),
                // One readable row per criterion (SIPAS has 22): the image grows with the scheme.
                "criteria" => ReportCharts.DissatisfactionByCriterion(report.Criteria, named with { Height = Math.Max(named.Height, 140 + (26 * report.Criteria.Count)) }),
                "heatmap" => ReportCharts.HourWeekdayHeatMap(report.HourWeekday),
                _ => null,
            };
            return png is null ? Results.NotFound() : Results.File(png, "image/png");
        }).WithSummary("A chart of the period's report: units (ranked), trend, criteria (dissatisfaction), heatmap (hour x weekday).");

        reports.MapGet("/export.xlsx", async (string? period, string? unit, string? scheme, ReportRequest request, CancellationToken ct) =>
        {
            var report = await request.BuildAsync(period, unit, scheme, ct);
            if (report is null)
            {
                return request.BadPeriod(period);
            }

            var buffer = new MemoryStream();
            await ReportSpreadsheets.WriteExcelAsync(report, buffer, ct);
            return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"bao-cao-hai-long-{report.Period}.xlsx");
        }).WithSummary("The period's report as an Excel workbook: one sheet per view, Vietnamese headers.");

        reports.MapGet("/export.csv", async (string? period, string? unit, ReportView? view, string? scheme, ReportRequest request, CancellationToken ct) =>
        {
            if (view is { } named && !Enum.IsDefined(named))
            {
                return Results.Problem(
                    title: "Bảng báo cáo không hợp lệ / Invalid report view",
                    detail: $"view={(int)named}: dùng / use {string.Join(", ", Enum.GetNames<ReportView>())}",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var report = await request.BuildAsync(period, unit, scheme, ct);
            if (report is null)
            {
                return request.BadPeriod(period);
            }

            var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            await ReportSpreadsheets.WriteCsvAsync(report, view ?? ReportView.ByUnit, writer, ct);
            // With a byte-order mark, so that Excel opens the Vietnamese text as UTF-8.
            var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"bao-cao-{(view ?? ReportView.ByUnit).ToString().ToLowerInvariant()}-{report.Period}.csv");
        }).WithSummary("One view of the period's report as CSV (ByUnit by default).");

        // The scheme's names hold no unit's data: any report reader may read them, without naming a unit.
        var names = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(SatisfactionKitPolicies.ReportReader)
            .AddEndpointFilter<QueryTextFilter>().AddEndpointFilter<SchemeQueryFilter>();
        names.MapGet("/scheme", async (string? scheme, Schemes.IRatingSchemeProvider schemes, IOptions<SatisfactionKitOptions> kit, CancellationToken ct) =>
        {
            // The filter has refused a scheme nobody defined; none asked for is the configured default.
            var found = await schemes.FindAsync(string.IsNullOrWhiteSpace(scheme) ? kit.Value.DefaultScheme.Code : scheme, cancellationToken: ct);
            return found is null ? Results.NotFound() : Results.Ok(ReportSchemeNames.Of(found));
        }).WithSummary("The names of a scheme's factors and criteria in Vietnamese and English, for the dashboard's tables (names, not codes).");

        return app;
    }
}

/// <summary>
/// Turns the query string into a report through the library; shared by the report endpoints. Reports are of the
/// counters' scheme, so that criteria (and for SIPAS, the SIPAS-style index) are included.
/// </summary>
public sealed class ReportRequest(SatisfactionReportBuilder builder, IOptions<ReportingOptions> options, IOptions<SatisfactionKitOptions> kit, TimeProvider time)
{
    /// <summary>The report of <paramref name="period"/>, under <paramref name="scheme"/> (the configured default when absent).</summary>
    public async Task<SatisfactionReport?> BuildAsync(string? period, string? unit, string? scheme, CancellationToken ct) =>
        Parse(period) is { } p ? await builder.BuildAsync(p, string.IsNullOrWhiteSpace(unit) ? null : unit, string.IsNullOrWhiteSpace(scheme) ? kit.Value.DefaultScheme.Code : scheme, ct) : null;

    public ReportFilter? Filter(string? period, string? unit) =>
        Parse(period) is { } p ? ReportFilter.ForPeriod(p, options.Value.TimeZone, unitCodes: string.IsNullOrWhiteSpace(unit) ? null : [unit]) : null;

    public IResult BadPeriod(string? period) => Results.Problem(
        title: "Kỳ báo cáo không hợp lệ / Invalid report period",
        detail: $"'{period}': dùng / use 2026-10, 2026-Q3, 2026-H1 hoặc / or 2026",
        statusCode: StatusCodes.Status400BadRequest);

    private ReportPeriod? Parse(string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.Value.TimeZone).DateTime);
            return ReportPeriod.Month(today.Year, today.Month);
        }

        // A label that is not a period, or one past the calendar (9999), is a bad period.
        return ReportPeriod.TryParse(period, out var parsed) ? parsed : null;
    }
}
