namespace SatisfactionKit.Reports;

/// <summary>
/// Score totals of a scheme with score bands (TT01/2018): each rating's total is the sum of its answers'
/// values (TT01: 9 criteria of 0–2 points, 0–18), classified by the scheme's bands.
/// </summary>
/// <param name="Key">The group (see <see cref="SatisfactionRow.Key"/>).</param>
/// <param name="Period">The period of a time grouping; null otherwise.</param>
/// <param name="Dossiers">Ratings (one per dossier) in the group.</param>
/// <param name="TotalSum">Sum of their totals.</param>
/// <param name="Bands">Dossiers per band, in the scheme's band order (highest first), bands with none included.</param>
public sealed record ScoreTotalRow(string Key, ReportPeriod? Period, int Dossiers, long TotalSum, IReadOnlyList<ScoreBandCount> Bands)
{
    /// <summary>The mean total per dossier; null without dossiers.</summary>
    public decimal? MeanTotal => Dossiers == 0 ? null : (decimal)TotalSum / Dossiers;
}
