namespace SatisfactionKit.Reports;

/// <summary>
/// A 95 % confidence interval of a share, in percent (0–100), by the Wilson score method (see
/// <see cref="ReportMath.Wilson"/>): how sure a satisfied rate is, so that a unit with 12 forms and a
/// unit with 1,200 do not show "83 %" alike.
/// </summary>
/// <param name="Lower">The lower bound, in percent.</param>
/// <param name="Upper">The upper bound, in percent.</param>
/// <param name="SampleSize">The answers the share is computed from (n).</param>
/// <param name="Population">The population the sample was drawn from (N, e.g. dossiers returned), when known: the interval is then narrowed by the finite-population correction.</param>
public sealed record ProportionInterval(decimal Lower, decimal Upper, long SampleSize, long? Population)
{
    /// <summary>Half the interval's width, in percentage points: the "± margin" to print beside the share.</summary>
    public decimal HalfWidth => (Upper - Lower) / 2m;
}
