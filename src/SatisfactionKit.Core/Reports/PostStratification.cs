namespace SatisfactionKit.Reports;

/// <summary>
/// The post-stratified satisfied rate of a sampling plan (Cochran 1977, ch. 5): each stratum's share weighted
/// by its population, p<sub>w</sub> = Σ W<sub>h</sub>·p<sub>h</sub>, W<sub>h</sub> = N<sub>h</sub>/N, with the
/// variance Σ W<sub>h</sub>²·p<sub>h</sub>(1 − p<sub>h</sub>)/n<sub>h</sub>·(1 − n<sub>h</sub>/N<sub>h</sub>) and a
/// 95 % interval p<sub>w</sub> ± z·√variance, kept within 0–100 %. Strata with dossiers but no rating cannot
/// be estimated: they are left out of the weights and named in the result.
/// </summary>
public static class PostStratification
{
    /// <summary>The weighted and the plain satisfied rate of <paramref name="strata"/>, or null when no stratum has a sample.</summary>
    public static WeightedShare? SatisfiedRate(IEnumerable<Stratum> strata)
    {
        ArgumentNullException.ThrowIfNull(strata);
        var all = strata.ToList();
        var covered = all.Where(s => s.Sample > 0).ToList();
        if (covered.Count == 0)
        {
            return null;
        }

        // A stratum whose population is unknown or smaller than its sample counts as its sample, uncorrected.
        double Size(Stratum s) => Math.Max(s.Population, s.Sample);
        var total = covered.Sum(Size);
        double weighted = 0, variance = 0;
        foreach (var s in covered)
        {
            var weight = Size(s) / total;
            var share = (double)s.Satisfied / s.Sample;
            var correction = s.Population > s.Sample ? 1d - ((double)s.Sample / s.Population) : 0d;
            weighted += weight * share;
            variance += weight * weight * share * (1 - share) / s.Sample * correction;
        }

        var half = ReportMath.Z95 * Math.Sqrt(variance);
        var interval = new ProportionInterval(
            (decimal)Math.Max(0d, weighted - half) * 100m,
            (decimal)Math.Min(1d, weighted + half) * 100m,
            covered.Sum(s => s.Sample),
            (long)total);
        return new WeightedShare(
            (decimal)weighted * 100m,
            ReportMath.Percent(covered.Sum(s => s.Satisfied), covered.Sum(s => s.Sample)),
            interval,
            [.. all.Where(s => s.Sample == 0 && s.Population > 0).Select(s => s.Key)]);
    }
}
