namespace SatisfactionKit.Reports;

/// <summary>The SIPAS-style index of one group. See docs/reports.md for the formula.</summary>
/// <param name="Key">The group (see <see cref="SatisfactionRow.Key"/>).</param>
/// <param name="Period">The period of a time grouping; null otherwise.</param>
/// <param name="Criteria">Per criterion: valid answers, satisfied share (levels 4–5), mean.</param>
/// <param name="Factors">Per factor: the mean of its criteria's shares.</param>
/// <param name="Overall">The overall index (0–100) by the chosen strategy; null without answers.</param>
/// <param name="MeanScore">Mean level value (1–5) over every valid answer; null without answers.</param>
public sealed record SipasStyleRow(
    string Key,
    ReportPeriod? Period,
    IReadOnlyList<CriterionRow> Criteria,
    IReadOnlyList<FactorIndex> Factors,
    decimal? Overall,
    decimal? MeanScore);
