using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Reports;
using SatisfactionKit.Server.Problems;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// Reports (policy <see cref="SatisfactionKitPolicies.ReportReader"/>), computed in the database: a period's report
/// (whole province or one unit) and the national portal export. Periods are <c>2026-10</c>, <c>2026-Q3</c>,
/// <c>2026-H1</c> or <c>2026</c>; the default is this month in the reporting time zone. Reports are of the default
/// scheme, so that criteria (and for SIPAS, the SIPAS-style index) are included.
/// </summary>
internal static class ReportEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/reports").WithTags("Reports").RequireAuthorization(SatisfactionKitPolicies.ReportReader);

        reports.MapGet("/", async (string? period, string? unit, string? scheme, HttpContext http, IOptions<ReportingOptions> reporting, IOptions<SatisfactionKitOptions> kit, TimeProvider time, CancellationToken ct) =>
        {
            if (Parse(period, reporting.Value, time) is not { } p)
            {
                return ServerProblems.BadPeriod(period);
            }

            if (InputRules.Codes(("unit", unit), ("scheme", scheme)) is { } bad)
            {
                return bad;
            }

            // Any scheme the reports know, the configured default when none is asked for.
            var schemeCode = string.IsNullOrWhiteSpace(scheme) ? kit.Value.DefaultScheme.Code : scheme;
            if (await http.RequestServices.GetRequiredService<Schemes.IRatingSchemeProvider>().FindAsync(schemeCode, cancellationToken: ct).ConfigureAwait(false) is null)
            {
                return ServerProblems.UnknownScheme(schemeCode);
            }

            // A reader limited to some units reads one of them, never the whole province.
            if (string.IsNullOrWhiteSpace(unit) ? SatisfactionKitClaims.UnitsOf(http.User) is not null : !SatisfactionKitClaims.MayActFor(http.User, unit))
            {
                return ServerProblems.OtherUnit(unit);
            }

            if (http.RequestServices.GetService<SatisfactionReportBuilder>() is not { } builder)
            {
                return ServerProblems.NotConfigured(nameof(SatisfactionReportBuilder));
            }

            return Results.Ok(await builder.BuildAsync(p, string.IsNullOrWhiteSpace(unit) ? null : unit, schemeCode, ct).ConfigureAwait(false));
        }).WithSummary("The report of a period (whole province, or one unit) under a scheme (?scheme=, default the configured one): totals, by unit, trend, criteria, SIPAS-style index with intervals, response, hour x weekday, quotas, QĐ 766.");

        reports.MapGet("/portal.json", async (string? period, HttpContext http, IOptions<ReportingOptions> reporting, TimeProvider time, CancellationToken ct) =>
        {
            if (Parse(period, reporting.Value, time) is not { } p)
            {
                return ServerProblems.BadPeriod(period);
            }

            if (http.RequestServices.GetService<ISatisfactionReportQueries>() is not { } queries)
            {
                return ServerProblems.NotConfigured(nameof(ISatisfactionReportQueries));
            }

            var filter = ReportFilter.ForPeriod(p, reporting.Value.TimeZone);
            var buffer = new MemoryStream();
            var outcomes = await queries.GetDossierOutcomesAsync(filter, ct).ConfigureAwait(false);
            // Units by name beside their codes, when the report builder (and a unit registry behind it) is there.
            var names = http.RequestServices.GetService<SatisfactionReportBuilder>() is { } builder
                ? await builder.NamesAsync([.. outcomes.Select(o => o.UnitCode).Distinct(StringComparer.Ordinal)], p.EndExclusive.AddDays(-1), cancellationToken: ct).ConfigureAwait(false)
                : null;
            await ReportExport.WritePortalJsonAsync(filter, outcomes, time.GetUtcNow(), buffer, names, ct).ConfigureAwait(false);
            return Results.File(buffer.ToArray(), "application/json", $"cong-dich-vu-cong-{period ?? "thang"}.json");
        }).RequireAuthorization(SatisfactionKitPolicies.ProvinceAdmin)
            .WithSummary("The national portal export: per dossier, satisfied or not, keyed by dossier code (province administrators only).");

        return reports;
    }

    /// <summary>The period a query names; this month when none; <see langword="null"/> when it names none that exists.</summary>
    public static ReportPeriod? Parse(string? period, ReportingOptions options, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), options.TimeZone).DateTime);
            return ReportPeriod.Month(today.Year, today.Month);
        }

        return ReportPeriod.TryParse(period, out var parsed) ? parsed : null;
    }
}
