namespace SatisfactionKit.Reports;

/// <summary>A SIPAS-style factor index: the mean of its criteria's satisfied shares.</summary>
/// <param name="FactorCode">The factor (YT1...).</param>
/// <param name="Index">Mean of the satisfied shares (0–100) of its criteria that have valid answers; null when none has.</param>
/// <param name="CriteriaCounted">Criteria that entered the mean.</param>
public sealed record FactorIndex(string FactorCode, decimal? Index, int CriteriaCounted);
