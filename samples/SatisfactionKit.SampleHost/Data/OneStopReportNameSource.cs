using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Reports;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// What a vendor implements so that reports name procedures and officers: a look-up in its own procedure and staff
/// tables (here the demo's <see cref="DemoProcedure"/> and <see cref="DemoOfficer"/> rows), for the codes one report holds.
/// </summary>
public sealed class OneStopReportNameSource(IServiceScopeFactory scopes) : IReportNameSource
{
    public async ValueTask<IReadOnlyDictionary<string, string>> GetProcedureNamesAsync(IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(procedureCodes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var codes = procedureCodes.ToList();
        return await db.Procedures.AsNoTracking()
            .Where(p => codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, p => p.Name, StringComparer.Ordinal, cancellationToken);
    }

    public async ValueTask<IReadOnlyDictionary<string, string>> GetOfficerNamesAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(officerIds);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        var ids = officerIds.ToList();
        return await db.Officers.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, StringComparer.Ordinal, cancellationToken);
    }
}
