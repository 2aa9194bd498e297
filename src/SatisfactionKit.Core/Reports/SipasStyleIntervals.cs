namespace SatisfactionKit.Reports;

/// <summary>
/// 95 % intervals of the SIPAS-style composite indices (factors and overall), by a percentile bootstrap
/// over respondents (<see cref="SipasStyleBootstrap"/>): the criteria of one form are answered by the same
/// person, so their shares are not independent and their own intervals cannot simply be combined.
/// </summary>
/// <param name="Factors">Per factor: the interval of its index, or null when no resample had answers on it.</param>
/// <param name="Overall">The interval of the overall index; null without answers.</param>
/// <param name="Respondents">The forms resampled.</param>
/// <param name="Resamples">The bootstrap resamples drawn.</param>
/// <param name="Seed">The seed of the resampling, so that the same data always give the same interval.</param>
public sealed record SipasStyleIntervals(
    IReadOnlyDictionary<string, ProportionInterval?> Factors,
    ProportionInterval? Overall,
    int Respondents,
    int Resamples,
    int Seed);
