using SatisfactionKit.Localization;
using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>A roll-up along the unit hierarchy, labelled with its view and date.</summary>
/// <param name="Rollup">The level, date and view of the rows.</param>
/// <param name="Rows">One row per unit (by code), then the row outside the hierarchy if any.</param>
public sealed record UnitRollupReport(UnitRollup Rollup, IReadOnlyList<UnitSatisfactionRow> Rows)
{
    /// <summary>The label to show with the figures: "as recorded on D" or "as restructured on D".</summary>
    public LocalizedText Label => Rollup.Label;
}
