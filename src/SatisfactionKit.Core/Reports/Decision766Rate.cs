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

    /// <summary>
    /// Per unit, from per-dossier data: a dossier counts once as "dissatisfied" when any rating of it on any
    /// channel was dissatisfied; else once as "complained" when flagged so; else once as "overdue". So the
    /// three never overlap, and the rate is exactly the share of dossiers with none of the three.
    /// </summary>
    /// <param name="dossiers">The units' dossier totals.</param>
    /// <param name="outcomes">Per dossier code, its ratings (from <see cref="ISatisfactionReportQueries.GetDossierOutcomesAsync"/>).</param>
    /// <param name="flagged">Per dossier code, complained or late (from <see cref="IDossierStatisticsSource.GetFlaggedDossiersAsync"/>).</param>
    public static IReadOnlyList<Decision766Rate> ComputeByDossier(IEnumerable<UnitDossierStatistics> dossiers, IEnumerable<DossierOutcome> outcomes, IEnumerable<FlaggedDossier> flagged)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(flagged);
        var dissatisfied = outcomes.Where(o => !o.IsSatisfied && o.UnitCode is not null)
            .GroupBy(o => o.UnitCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.DossierCode).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var flags = flagged.GroupBy(f => f.UnitCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return
        [
            .. dossiers.Select(d =>
            {
                var bad = dissatisfied.GetValueOrDefault(d.UnitCode) ?? [];
                var complained = new HashSet<string>(StringComparer.Ordinal);
                var overdue = new HashSet<string>(StringComparer.Ordinal);
                foreach (var f in flags.GetValueOrDefault(d.UnitCode) ?? [])
                {
                    if (bad.Contains(f.DossierCode))
                    {
                        continue;
                    }

                    if (f.Complained)
                    {
                        complained.Add(f.DossierCode);
                    }
                    else if (f.Overdue)
                    {
                        overdue.Add(f.DossierCode);
                    }
                }

                overdue.ExceptWith(complained);
                return new Decision766Rate(d.UnitCode, d.Dossiers, bad.Count, complained.Count, overdue.Count);
            }),
        ];
    }

    /// <summary>Joins the vendor's counts with the dissatisfied dossiers per unit (<see cref="ReportGrouping.Unit"/> rows).</summary>
    public static IReadOnlyList<Decision766Rate> Compute(IEnumerable<UnitDossierStatistics> dossiers, IEnumerable<SatisfactionRow> byUnit)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(byUnit);
        var dissatisfied = byUnit.ToDictionary(r => r.Key, r => r.DissatisfiedDossiers, StringComparer.Ordinal);
        return [.. dossiers.Select(d => new Decision766Rate(d.UnitCode, d.Dossiers, dissatisfied.GetValueOrDefault(d.UnitCode), d.Complained, d.Overdue))];
    }
}
