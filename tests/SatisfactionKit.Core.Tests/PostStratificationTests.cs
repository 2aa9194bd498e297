using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

/// <summary>The post-stratified satisfied rate against a hand-weighted one.</summary>
public sealed class PostStratificationTests
{
    [Fact]
    public void A_large_unit_with_few_forms_weighs_as_its_dossiers_not_as_its_forms()
    {
        // U1: 900 dossiers, 100 forms, 90 satisfied (90 %). U2: 100 dossiers, all 100 rated, 50 satisfied (50 %).
        // Plain: 140 of 200 = 70 %. Weighted by hand: 0.9 × 90 % + 0.1 × 50 % = 86 %.
        // Variance by hand: 0.9² × 0.9 × 0.1 / 100 × (1 − 100/900) + 0.1² × … × (1 − 100/100 = 0) = 0.000648,
        // so ± 1.96 × √0.000648 = ± 4.99 points.
        var result = PostStratification.SatisfiedRate([new Stratum("U1", 900, 100, 90), new Stratum("U2", 100, 100, 50)])!;

        Assert.Equal(86m, Math.Round(result.Weighted, 6));
        Assert.Equal(70m, result.Unweighted);
        Assert.Equal(4.99m, Math.Round(result.Interval!.HalfWidth, 2));
        Assert.Equal(81.01m, Math.Round(result.Interval.Lower, 2));
        Assert.Empty(result.UncoveredStrata);
    }

    [Fact]
    public void A_unit_without_a_form_is_named_and_left_out_of_the_weights()
    {
        var result = PostStratification.SatisfiedRate([new Stratum("U1", 300, 30, 24), new Stratum("U2", 100, 10, 5), new Stratum("U3", 50, 0, 0)])!;

        // Over U1 and U2 only: 300/400 × 80 % + 100/400 × 50 % = 72.5 %.
        Assert.Equal(72.5m, Math.Round(result.Weighted, 6));
        Assert.Equal(["U3"], result.UncoveredStrata);
        Assert.Null(PostStratification.SatisfiedRate([new Stratum("U3", 50, 0, 0)]));
    }
}
