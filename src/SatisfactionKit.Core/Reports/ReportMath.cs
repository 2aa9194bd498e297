namespace SatisfactionKit.Reports;

/// <summary>The arithmetic shared by every report figure.</summary>
public static class ReportMath
{
    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/> × 100, or 0 when <paramref name="whole"/> is 0.</summary>
    public static decimal Percent(long part, long whole) => whole == 0 ? 0m : part * 100m / whole;

    /// <summary>
    /// The Happy Index (HappyOrNot style) of a mean level value: levels weighted evenly from 0 (the
    /// lowest level) to 100 (the highest), so that the mean of the weights is the weight of the mean.
    /// </summary>
    public static decimal HappyIndex(decimal meanValue, int lowestValue, int highestValue) =>
        highestValue == lowestValue ? 100m : (meanValue - lowestValue) * 100m / (highestValue - lowestValue);

    /// <summary>The normal quantile of a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The Wilson score interval of <paramref name="successes"/> out of <paramref name="sampleSize"/> at 95 %:
    /// <c>(p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)</c>. Unlike p̂ ± z·√(p̂(1−p̂)/n) it stays
    /// inside 0–100 % and keeps its coverage for small samples and shares near 0 or 100 %. When the
    /// <paramref name="population"/> N the sample was drawn from is known, the finite-population correction
    /// f = (N − n)/(N − 1) enters as the effective sample size n/f (Kish); a sample of the whole population
    /// has no sampling error and the interval is the share itself.
    /// </summary>
    /// <param name="successes">Satisfied answers (x).</param>
    /// <param name="sampleSize">Answers (n).</param>
    /// <param name="population">The population size N, or <see langword="null"/> when unknown (treated as infinite).</param>
    /// <returns>The interval in percent, or <see langword="null"/> when there are no answers.</returns>
    public static ProportionInterval? Wilson(long successes, long sampleSize, long? population = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, sampleSize);
        if (sampleSize == 0)
        {
            return null;
        }

        var share = (double)successes / sampleSize;
        var effective = (double)sampleSize;
        if (population is { } n && n > 1)
        {
            var correction = Math.Max(0d, (double)(n - sampleSize) / (n - 1));
            if (correction == 0d)
            {
                var exact = (decimal)share * 100m;
                return new ProportionInterval(exact, exact, sampleSize, population);
            }

            effective = sampleSize / correction;
        }

        var z2 = Z95 * Z95;
        var denominator = 1d + (z2 / effective);
        var centre = (share + (z2 / (2d * effective))) / denominator;
        var half = Z95 * Math.Sqrt((share * (1d - share) / effective) + (z2 / (4d * effective * effective))) / denominator;
        return new ProportionInterval(
            (decimal)Math.Max(0d, centre - half) * 100m,
            (decimal)Math.Min(1d, centre + half) * 100m,
            sampleSize,
            population);
    }

    /// <summary>
    /// The margin of error (95 %, in percentage points) a sample of <paramref name="sampleSize"/> gives at
    /// the least favourable share (50 %), with the finite-population correction when
    /// <paramref name="population"/> is known: <c>z·√(0.25/n · (N−n)/(N−1))</c>. The inverse of the plans'
    /// n = N/(1 + N·e²) sample size.
    /// </summary>
    public static decimal? MarginOfError(long sampleSize, long? population = null)
    {
        if (sampleSize <= 0)
        {
            return null;
        }

        var correction = population is { } n && n > 1 ? Math.Max(0d, (double)(n - sampleSize) / (n - 1)) : 1d;
        return (decimal)(Z95 * Math.Sqrt(0.25d / sampleSize * correction)) * 100m;
    }
}
