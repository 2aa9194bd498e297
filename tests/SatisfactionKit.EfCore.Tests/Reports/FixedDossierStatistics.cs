using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>A vendor's dossier counts, fixed for the tests; records the filter it was asked for.</summary>
internal sealed class FixedDossierStatistics(params UnitDossierStatistics[] units) : IDossierStatisticsSource
{
    public List<ReportFilter> Asked { get; } = [];

    public ValueTask<IReadOnlyList<UnitDossierStatistics>> GetAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        Asked.Add(filter);
        IReadOnlyList<UnitDossierStatistics> rows = [.. units.Where(u => filter.UnitCodes is not { Count: > 0 } || filter.UnitCodes.Contains(u.UnitCode))];
        return ValueTask.FromResult(rows);
    }
}
