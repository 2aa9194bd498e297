namespace SatisfactionKit.Reports;

/// <summary>
/// The vendor's dossier counts per unit (its one-stop system knows them, SatisfactionKit does not):
/// used for the QĐ 766 rate and the sample quotas.
/// </summary>
public interface IDossierStatisticsSource
{
    /// <summary>
    /// Per unit: dossiers received, complained about and overdue from <see cref="ReportFilter.From"/> to
    /// <see cref="ReportFilter.To"/>, for <see cref="ReportFilter.UnitCodes"/> (every unit when empty).
    /// </summary>
    ValueTask<IReadOnlyList<UnitDossierStatistics>> GetAsync(ReportFilter filter, CancellationToken cancellationToken = default);
}
