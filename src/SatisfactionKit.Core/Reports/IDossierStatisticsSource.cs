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

    /// <summary>
    /// The period's dossiers that were complained about or late, one row each, when the one-stop software
    /// can list them; <see langword="null"/> (the default) when it gives counts only. With the list, QĐ 766's
    /// indicator counts each dossier once across "dissatisfied on any channel", "complained" and "overdue"
    /// (<see cref="Decision766Rate.ComputeByDossier"/>); without it, the counts are taken as disjoint.
    /// </summary>
    ValueTask<IReadOnlyList<FlaggedDossier>?> GetFlaggedDossiersAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<FlaggedDossier>?>(null);
}
