namespace SatisfactionKit.Schemes;

/// <summary>
/// The bands of a points-scored scheme (TT01's <i>Xuất sắc</i> … <i>Yếu</i>). The table is data:
/// an agency may give its own in the scheme's JSON.
/// </summary>
public sealed record ScoreBandTable
{
    /// <summary>Creates a table from its bands, in any order.</summary>
    public ScoreBandTable(IReadOnlyList<ScoreBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        Bands = [.. bands.OrderByDescending(b => b.LowerBound).ThenBy(b => b.LowerBoundInclusive)];
    }

    /// <summary>The bands, highest first.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; }

    /// <summary>The band <paramref name="total"/> falls in, or <see langword="null"/> when it is below every band.</summary>
    public ScoreBand? Classify(decimal total)
    {
        foreach (var band in Bands)
        {
            if (band.Admits(total))
            {
                return band;
            }
        }

        return null;
    }
}
