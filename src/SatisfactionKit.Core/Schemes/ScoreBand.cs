using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// A band of total scores, such as TT01's <i>Tốt</i> (12 to 15 points). A total belongs to the
/// highest band whose lower bound admits it, so a table of bands has no gaps and no overlaps.
/// </summary>
/// <param name="Code">The band's code.</param>
/// <param name="Label">Its label in Vietnamese and English.</param>
/// <param name="LowerBound">The smallest total of the band.</param>
/// <param name="LowerBoundInclusive">Whether a total equal to <paramref name="LowerBound"/> is in the band (<see langword="false"/> for "above 15").</param>
public sealed record ScoreBand(string Code, LocalizedText Label, decimal LowerBound, bool LowerBoundInclusive = true)
{
    /// <summary>Whether <paramref name="total"/> reaches this band's lower bound.</summary>
    public bool Admits(decimal total) => LowerBoundInclusive ? total >= LowerBound : total > LowerBound;
}
