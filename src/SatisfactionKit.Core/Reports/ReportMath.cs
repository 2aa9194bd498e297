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
}
