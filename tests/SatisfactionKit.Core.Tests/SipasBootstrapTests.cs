using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

/// <summary>
/// The bootstrap intervals of the SIPAS-style composite indices, against values computed here: the
/// normal approximation of a share's sampling error, and what correlation between one person's answers
/// does to a factor's interval.
/// </summary>
public sealed class SipasBootstrapTests
{
    private static readonly RatingScheme Sipas = RatingSchemes.Sipas22;

    /// <summary><paramref name="count"/> forms answering every unconditional criterion, satisfied ("4") on all of them for the first <paramref name="satisfied"/>.</summary>
    private static List<IReadOnlyList<RatingAnswer>> Forms(int count, int satisfied) =>
    [
        .. Enumerable.Range(0, count).Select(i => (IReadOnlyList<RatingAnswer>)
        [
            .. Sipas.Criteria.Where(c => c.Requirement == CriterionRequirement.Required)
                .Select(c => i < satisfied ? new RatingAnswer(c.Code, "4", 4, true) : new RatingAnswer(c.Code, "2", 2, false)),
        ]),
    ];

    [Fact]
    public void Forms_that_answer_every_criterion_alike_give_each_factor_the_interval_of_one_share()
    {
        // 400 forms, 320 satisfied on everything: each factor's index is 80 % in every draw's criteria
        // alike, so its sampling error is that of one share, z·√(p(1−p)/n) = 3.92 points, not that
        // of the mean of k independent shares (3.92/√k), which adding the criteria's intervals would claim.
        var intervals = SipasStyleBootstrap.Compute(Sipas, Forms(400, 320));

        var normalHalfWidth = 1.959963984540054 * Math.Sqrt(0.8 * 0.2 / 400) * 100;
        foreach (var (factor, interval) in intervals.Factors.Where(f => f.Key != "YT5"))
        {
            Assert.NotNull(interval);
            Assert.InRange((double)interval.HalfWidth, normalHalfWidth * 0.85, normalHalfWidth * 1.15);
            Assert.InRange((double)interval.Lower, 80 - (normalHalfWidth * 1.2), 80);
            Assert.InRange((double)interval.Upper, 80, 80 + (normalHalfWidth * 1.2));
        }

        Assert.InRange((double)intervals.Overall!.HalfWidth, normalHalfWidth * 0.85, normalHalfWidth * 1.15);
        Assert.Null(intervals.Factors["YT5"]);
        Assert.Equal((400, 1000), (intervals.Respondents, intervals.Resamples));
    }

    [Fact]
    public void The_same_forms_and_seed_give_the_same_interval_and_unanimous_forms_a_point()
    {
        var first = SipasStyleBootstrap.Compute(Sipas, Forms(150, 100));
        var again = SipasStyleBootstrap.Compute(Sipas, Forms(150, 100));
        var unanimous = SipasStyleBootstrap.Compute(Sipas, Forms(50, 50));

        Assert.Equal(first.Overall, again.Overall);
        Assert.Equal((100m, 100m), (unanimous.Overall!.Lower, unanimous.Overall.Upper));
        Assert.Null(SipasStyleBootstrap.Compute(Sipas, []).Overall);
    }
}
