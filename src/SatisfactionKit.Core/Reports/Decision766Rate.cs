namespace SatisfactionKit.Reports;

/// <summary>
/// The satisfaction rate of Quyết định 766/QĐ-TTg: (dossiers − dissatisfied − complained − overdue) ÷
/// dossiers × 100. Each dossier is subtracted once: the vendor counts a complained or overdue dossier only
/// when it is not already in an earlier count (see <see cref="UnitDossierStatistics"/>).
/// </summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Dossiers">Dossiers.</param>
/// <param name="Dissatisfied">Dossiers rated dissatisfied (distinct dossier codes).</param>
/// <param name="Complained">Dossiers complained about.</param>
/// <param name="Overdue">Dossiers overdue.</param>
public sealed record Decision766Rate(string UnitCode, int Dossiers, int Dissatisfied, int Complained, int Overdue)
{
    /// <summary>The rate in percent, 0 when there are no dossiers; never below 0.</summary>
    public decimal Rate => ReportMath.Percent(Math.Max(0, Dossiers - Dissatisfied - Complained - Overdue), Dossiers);

    /// <summary>Joins the vendor's counts with the dissatisfied dossiers per unit (<see cref="ReportGrouping.Unit"/> rows).</summary>
    public static IReadOnlyList<Decision766Rate> Compute(IEnumerable<UnitDossierStatistics> dossiers, IEnumerable<SatisfactionRow> byUnit)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(byUnit);
        var dissatisfied = byUnit.ToDictionary(r => r.Key, r => r.DissatisfiedDossiers, StringComparer.Ordinal);
        return [.. dossiers.Select(d => new Decision766Rate(d.UnitCode, d.Dossiers, dissatisfied.GetValueOrDefault(d.UnitCode), d.Complained, d.Overdue))];
    }
}
