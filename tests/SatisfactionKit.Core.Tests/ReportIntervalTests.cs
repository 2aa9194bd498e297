using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

/// <summary>
/// The Wilson intervals and margins, checked against values computed here another way: the Wilson
/// interval is the set of shares p the score test does not reject, |p̂ − p| ≤ z·√(p(1−p)/n), so its
/// bounds are found by bisection on that inequality rather than by the closed form the library uses.
/// </summary>
public sealed class ReportIntervalTests
{
    private const double Z = 1.959963984540054;

    /// <summary>Where the score test stops rejecting, between <paramref name="low"/> and <paramref name="high"/>.</summary>
    private static double Boundary(double share, double n, double low, double high, bool rising)
    {
        bool Rejects(double p) => Math.Abs(share - p) > Z * Math.Sqrt(p * (1 - p) / n);
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            if (Rejects(mid) == rising)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return (low + high) / 2;
    }

    private static (double Lower, double Upper) ScoreTestInterval(long x, long n, double effectiveN)
    {
        var share = (double)x / n;
        var lower = x == 0 ? 0d : Boundary(share, effectiveN, 0d, share, rising: false);
        var upper = x == n ? 1d : Boundary(share, effectiveN, share, 1d, rising: true);
        return (lower * 100, upper * 100);
    }

    [Theory]
    [InlineData(8, 10)]
    [InlineData(0, 10)]
    [InlineData(12, 12)]
    [InlineData(10, 12)]
    [InlineData(996, 1200)]
    [InlineData(1, 2)]
    public void A_share_carries_the_interval_the_score_test_does_not_reject(long satisfied, long answers)
    {
        var interval = ReportMath.Wilson(satisfied, answers)!;

        var (lower, upper) = ScoreTestInterval(satisfied, answers, answers);
        Assert.Equal(lower, (double)interval.Lower, 6);
        Assert.Equal(upper, (double)interval.Upper, 6);
        Assert.Equal(answers, interval.SampleSize);
    }

    [Fact]
    public void Twelve_forms_and_twelve_hundred_at_83_percent_are_told_apart()
    {
        var small = new SatisfactionRow("U-12", null, 12, 10, 2, 48, 0, null).SatisfiedRateInterval!;
        var large = new SatisfactionRow("U-1200", null, 1200, 996, 204, 4800, 0, null).SatisfiedRateInterval!;

        // 10/12 and 996/1200 are both 83 %; the first is sure to within about ±20 points, the second ±2.
        Assert.InRange(small.HalfWidth, 19m, 21m);
        Assert.InRange(large.HalfWidth, 2m, 2.3m);
        // The textbook value for 8 of 10 (Newcombe 1998, method 3): 49.0 % to 94.3 %.
        var textbook = ReportMath.Wilson(8, 10)!;
        Assert.Equal((49.0m, 94.3m), (Math.Round(textbook.Lower, 1), Math.Round(textbook.Upper, 1)));
    }

    [Theory]
    [InlineData(83, 100, 400)]
    [InlineData(170, 200, 210)]
    [InlineData(5, 30, 10_000)]
    public void A_known_population_narrows_the_interval_by_the_finite_population_correction(long satisfied, long answers, long population)
    {
        var corrected = ReportMath.Wilson(satisfied, answers, population)!;
        var plain = ReportMath.Wilson(satisfied, answers)!;

        var effective = answers / ((double)(population - answers) / (population - 1));
        var (lower, upper) = ScoreTestInterval(satisfied, answers, effective);
        Assert.Equal(lower, (double)corrected.Lower, 6);
        Assert.Equal(upper, (double)corrected.Upper, 6);
        Assert.True(corrected.HalfWidth < plain.HalfWidth);
        Assert.Equal(population, corrected.Population);
    }

    [Fact]
    public void Every_dossier_rated_leaves_no_sampling_error_and_no_answer_no_interval()
    {
        var census = ReportMath.Wilson(45, 60, population: 60)!;

        Assert.Equal((75m, 75m), (census.Lower, census.Upper));
        Assert.Null(ReportMath.Wilson(0, 0));
        Assert.Null(new SatisfactionRow("", null, 0, 0, 0, 0, 0, null).SatisfiedRateInterval);
    }

    [Theory]
    [InlineData(400, 20_000)]
    [InlineData(286, 1000)]
    [InlineData(200, 200)]
    public void The_margin_a_sample_gives_is_the_inverse_of_the_plans_sample_size(int ratings, int dossiers)
    {
        var result = SampleQuotaPolicy.Standard.Evaluate("UBND-Q1", dossiers, ratings);

        // z·√(0.25/n · (N−n)/(N−1)), in points.
        var expected = Z * Math.Sqrt(0.25 / ratings * (dossiers - ratings) / (dossiers - 1)) * 100;
        Assert.Equal(expected, (double)result.Margin!.Value, 9);
        // The plan's n = N/(1+N·e²) at e = 5 % gives a margin of about 5 points (z ≈ 2 rounds it).
        if (ratings == SampleQuotaPolicy.StandardSampleSize(dossiers, 0.05m))
        {
            Assert.InRange(result.Margin!.Value, 4.5m, 5.0m);
        }
    }
}
