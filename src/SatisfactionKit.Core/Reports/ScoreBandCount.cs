namespace SatisfactionKit.Reports;

/// <summary>How many dossiers' totals fall in one score band.</summary>
/// <param name="BandCode">The band (TT01: XUAT_SAC, TOT, KHA, TRUNG_BINH, YEU).</param>
/// <param name="Dossiers">Dossiers (ratings) in the band.</param>
public sealed record ScoreBandCount(string BandCode, int Dossiers);
