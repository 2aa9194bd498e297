using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SatisfactionKit.Reports;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// What a vendor implements for the sample quotas and QĐ 766: its dossier counts per unit. A dossier counts in a
/// period when its result was <b>returned</b> in the period's data window (only a returned dossier can be rated), so
/// the quota's N is "dossiers returned"; one returned after its appointment day is overdue. The sample records no
/// complaints. Every unit of the one-stop tables is listed, those without a returned dossier with zeros.
/// </summary>
/// <remarks>
/// The period is cut in memory, after SQL has narrowed the rows to returned dossiers of the units asked for: SQLite
/// stores <see cref="DateTimeOffset"/> as text and EF Core cannot compare it there. A vendor on PostgreSQL or SQL Server
/// puts the time condition in the query too.
/// </remarks>
public sealed class OneStopDossierStatisticsSource(IServiceScopeFactory scopes, IOptions<ReportingOptions> options) : IDossierStatisticsSource
{
    public async ValueTask<IReadOnlyList<UnitDossierStatistics>> GetAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var asked = filter.UnitCodes is { Count: > 0 } codes ? codes : null;
        var units = await db.Units.AsNoTracking()
            .Where(u => asked == null || asked.Contains(u.Code))
            .Select(u => u.Code)
            .ToListAsync(cancellationToken);
        var returned = await ReturnedAsync(db, filter, cancellationToken);
        return
        [
            .. units.Union(returned.Select(d => d.UnitCode)).Order(StringComparer.Ordinal).Select(unit =>
            {
                var own = returned.Where(d => d.UnitCode == unit).ToList();
                return new UnitDossierStatistics(unit, own.Count, Complained: 0, Overdue: own.Count(IsOverdue));
            }),
        ];
    }

    /// <summary>The overdue dossiers one by one, so that QĐ 766 counts a dossier both late and rated dissatisfied once.</summary>
    public async ValueTask<IReadOnlyList<FlaggedDossier>?> GetFlaggedDossiersAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var returned = await ReturnedAsync(db, filter, cancellationToken);
        return [.. returned.Where(IsOverdue).Select(d => new FlaggedDossier(d.Code, d.UnitCode, Complained: false, Overdue: true))];
    }

    private async Task<List<ReturnedDossier>> ReturnedAsync(OneStopDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var asked = filter.UnitCodes is { Count: > 0 } codes ? codes : null;
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.State == DossierState.Returned && d.ResultReturnedAt != null && (asked == null || asked.Contains(d.UnitCode)))
            .Select(d => new { d.Code, d.UnitCode, d.ResultReturnedAt, d.AppointmentDate })
            .ToListAsync(cancellationToken);
        var zone = options.Value.TimeZone;
        return
        [
            .. rows.Where(d => d.ResultReturnedAt >= filter.From && d.ResultReturnedAt < filter.To)
                .Select(d => new ReturnedDossier(d.Code, d.UnitCode, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.ResultReturnedAt!.Value, zone).DateTime), d.AppointmentDate)),
        ];
    }

    // Late when handed back after the appointment day (in the reporting time zone).
    private static bool IsOverdue(ReturnedDossier dossier) => dossier.ReturnedOn > dossier.AppointmentDate;

    private sealed record ReturnedDossier(string Code, string UnitCode, DateOnly ReturnedOn, DateOnly AppointmentDate);
}
