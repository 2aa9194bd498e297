namespace SatisfactionKit.Reports;

/// <summary>
/// How many ratings a unit must collect. Rules are data: the first rule whose dossier range holds
/// the unit's count decides; a unit no rule covers gets the standard sample size
/// n = N / (1 + N·e²) with margin of error e (Yamane). A quota never exceeds the dossier count.
/// </summary>
public sealed class SampleQuotaPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="rules">The rules, tried in order.</param>
    /// <param name="marginOfError">e in the standard formula, from 0 (exclusive) to 1. Default 5 %.</param>
    public SampleQuotaPolicy(IReadOnlyList<SampleQuotaRule> rules, decimal marginOfError = 0.05m)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(marginOfError, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(marginOfError, 1m);
        Rules = [.. rules];
        MarginOfError = marginOfError;
    }

    /// <summary>
    /// Đà Nẵng's rule (Quyết định 5489/QĐ-UBND, 2016): at least 200 and 30 % of the dossiers for a unit
    /// with 200 to 1,000 dossiers; the standard formula (e = 5 %) elsewhere.
    /// </summary>
    public static SampleQuotaPolicy DaNang { get; } = new([new SampleQuotaRule(200, 1000, 200, 0.30m)]);

    /// <summary>The standard sample size alone, n = N / (1 + N·e²) with e = 5 %.</summary>
    public static SampleQuotaPolicy Standard { get; } = new([]);

    /// <summary>The rules, tried in order.</summary>
    public IReadOnlyList<SampleQuotaRule> Rules { get; }

    /// <summary>The margin of error of the standard formula.</summary>
    public decimal MarginOfError { get; }

    /// <summary>The number of ratings a unit with <paramref name="dossiers"/> dossiers must collect.</summary>
    public int RequiredSample(int dossiers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dossiers);
        if (dossiers == 0)
        {
            return 0;
        }

        var rule = Rules.FirstOrDefault(r => r.AppliesTo(dossiers));
        var required = rule is not null
            ? Math.Max(rule.MinimumCount, (int)Math.Ceiling(rule.MinimumShare * dossiers))
            : StandardSampleSize(dossiers, MarginOfError);
        return Math.Min(required, dossiers);
    }

    /// <summary>Compares what a unit collected with its quota.</summary>
    public SampleQuotaResult Evaluate(string unitCode, int dossiers, int ratings)
    {
        var quota = RequiredSample(dossiers);
        return new SampleQuotaResult(unitCode, dossiers, ratings, quota, Math.Max(0, quota - ratings));
    }

    /// <summary>n = N / (1 + N·e²), rounded up.</summary>
    public static int StandardSampleSize(int population, decimal marginOfError)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        return (int)Math.Ceiling(population / (1m + (population * marginOfError * marginOfError)));
    }
}
