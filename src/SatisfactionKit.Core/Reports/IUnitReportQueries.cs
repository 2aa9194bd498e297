using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>
/// Satisfaction figures rolled up the unit hierarchy: one row per unit of a chosen level, as recorded
/// or as restructured on a chosen date (<see cref="UnitRollup"/>), each row with the unit's name. Every
/// count is an SQL GROUP BY per recorded unit code; the codes are then added into their rows here, by the
/// hierarchy read once from the <see cref="IUnitRegistry"/>. Registered by <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>.
/// </summary>
public interface IUnitReportQueries
{
    /// <summary>
    /// Ratings, satisfied rate, QĐ 766 dissatisfied dossiers (distinct across the merged codes of a row),
    /// mean score and Happy Index per unit of <see cref="UnitRollup.Level"/>. Ratings of units outside the
    /// hierarchy on the roll-up's date are one more row (<see cref="UnitSatisfactionRow.IsOutsideHierarchy"/>),
    /// so the rows add up to the filter's total. <paramref name="filter"/>'s <see cref="ReportFilter.UnitScope"/> applies.
    /// </summary>
    ValueTask<UnitRollupReport> GetSatisfactionAsync(ReportFilter filter, UnitRollup rollup, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per criterion of <paramref name="filter"/>'s scheme (required), for each unit of <see cref="UnitRollup.Level"/>:
    /// the answers of the row's recorded codes added up, rows in unit-code order (outside the hierarchy last), criteria
    /// in the scheme's order. The SIPAS-style index of each row follows from them (<see cref="SipasStyleIndex.Compute"/>).
    /// </summary>
    ValueTask<IReadOnlyList<UnitCriterionRow>> GetCriteriaAsync(ReportFilter filter, UnitRollup rollup, CancellationToken cancellationToken = default);

    /// <summary>
    /// Score totals of <paramref name="filter"/>'s scheme (required, with score bands: TT01/2018) for each unit of
    /// <see cref="UnitRollup.Level"/>: as <see cref="ISatisfactionReportQueries.GetScoreTotalsAsync"/> by unit, each
    /// rating's total summed in SQL and grouped by (recorded code, total), then the codes' dossiers, totals and bands
    /// added into their rows. Rows in unit-code order, outside the hierarchy last.
    /// </summary>
    /// <exception cref="ArgumentException">The filter has no scheme, an unknown one, or one without score bands.</exception>
    ValueTask<IReadOnlyList<UnitScoreTotalRow>> GetScoreTotalsAsync(ReportFilter filter, UnitRollup rollup, CancellationToken cancellationToken = default);
}
