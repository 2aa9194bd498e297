namespace SatisfactionKit.Reports;

/// <summary>A unit's sample against its quota.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Dossiers">Its dossiers in the period.</param>
/// <param name="Ratings">The ratings it collected.</param>
/// <param name="Quota">The ratings it must collect.</param>
/// <param name="Shortfall">How many it still lacks; 0 when the quota is met.</param>
public sealed record SampleQuotaResult(string UnitCode, int Dossiers, int Ratings, int Quota, int Shortfall)
{
    /// <summary>Whether the quota is met.</summary>
    public bool IsMet => Shortfall == 0;

    /// <summary>
    /// The margin of error (95 %, percentage points) the collected ratings give a share of this unit's
    /// dossiers, at the least favourable share of 50 % (<see cref="ReportMath.MarginOfError"/>); null
    /// without ratings. Compare it with the plan's margin (5 points by default).
    /// </summary>
    public decimal? Margin => ReportMath.MarginOfError(Ratings, Dossiers);
}
