using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using SatisfactionKit.Reports;
using SatisfactionKit.Server;
using SatisfactionKit.Units;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The dashboard's roll-up along the unit hierarchy (IUnitReportQueries): a period's satisfaction by province,
/// district or commune, "as recorded" (the hierarchy on a date) or "as restructured" (merged units' history with
/// their successor), labelled in both languages. Units by name, codes beside them.
/// </summary>
public static class UnitReportEndpoints
{
    public static IEndpointRouteBuilder MapUnitReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports/units", GetAsync)
            .WithTags("Reports")
            .RequireAuthorization(SatisfactionKitPolicies.ReportReader)
            .AddEndpointFilter<QueryTextFilter>()
            .WithSummary("Satisfaction rolled up the unit hierarchy: view=recorded|restructured, level=province|district|commune, asOf=yyyy-MM-dd (default: the period's last day as recorded, today as restructured).");
        return app;
    }

    private static async Task<IResult> GetAsync(
        string? period,
        string? view,
        string? level,
        string? asOf,
        ClaimsPrincipal user,
        IUnitReportQueries queries,
        IUnitRegistry registry,
        IOptions<ReportingOptions> reporting,
        CancellationToken ct)
    {
        // Every unit of the province: for readers not limited to units (the province administrator, the auditor).
        if (UnitScope.CheckReport(user, null) is { } limited)
        {
            return limited;
        }

        if (!ReportPeriod.TryParse(period, out var p))
        {
            return Bad("period", period, "2025, 2025-Q3, 2025-09");
        }

        UnitView? unitView = view?.ToLowerInvariant() switch
        {
            null or "" or "restructured" => UnitView.AsRestructured,
            "recorded" => UnitView.AsRecorded,
            _ => null,
        };
        if (unitView is not { } v)
        {
            return Bad("view", view, "recorded, restructured");
        }

        var unitLevel = string.IsNullOrWhiteSpace(level) ? UnitLevel.Commune : UnitLevel.Parse(level);
        DateOnly date;
        if (string.IsNullOrWhiteSpace(asOf))
        {
            date = v == UnitView.AsRecorded ? p.EndExclusive.AddDays(-1) : registry.Today;
        }
        else if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Bad("asOf", asOf, "yyyy-MM-dd");
        }

        var report = await queries.GetSatisfactionAsync(ReportFilter.ForPeriod(p, reporting.Value.TimeZone), new UnitRollup(unitLevel, date, v), ct);
        return Results.Ok(new
        {
            label = report.Label,
            view = v.ToString(),
            level = unitLevel.Code,
            asOf = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            rows = report.Rows.Select(r => new
            {
                name = r.Name.Vi,
                nameEn = r.Name.Get(CultureInfo.GetCultureInfo("en")),
                code = r.UnitCode,
                level = r.Unit?.Level.Code,
                outside = r.IsOutsideHierarchy,
                ratings = r.Figures.Ratings,
                satisfied = r.Figures.Satisfied,
                satisfiedRate = r.Figures.SatisfiedRate,
                recordedCodes = r.RecordedCodes,
            }),
        });
    }

    private static IResult Bad(string field, string? value, string expected) => Results.Problem(
        title: "Tham số không hợp lệ / Invalid parameter",
        detail: $"{field}='{value}': dùng / use {expected}",
        statusCode: StatusCodes.Status400BadRequest);
}
