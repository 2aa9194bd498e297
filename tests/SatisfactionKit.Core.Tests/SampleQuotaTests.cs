using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

public sealed class SampleQuotaTests
{
    // Đà Nẵng (QĐ 5489/QĐ-UBND): at least 200 and 30 % of dossiers for units with 200 to 1,000 dossiers.
    //   N = 200  → max(200, 60)  = 200      N = 500  → max(200, 150) = 200
    //   N = 667  → max(200, 200.1→201) = 201    N = 800 → max(200, 240) = 240    N = 1000 → 300
    // Outside that range the standard size n = N / (1 + N·0.05²), rounded up:
    //   N = 150  → 150 / 1.375 = 109.09 → 110      N = 5000 → 5000 / 13.5 = 370.37 → 371
    [Theory]
    [InlineData(0, 0)]
    [InlineData(150, 110)]
    [InlineData(199, 133)]
    [InlineData(200, 200)]
    [InlineData(500, 200)]
    [InlineData(667, 201)]
    [InlineData(800, 240)]
    [InlineData(1000, 300)]
    [InlineData(5000, 371)]
    public void Da_Nang_quota_reproduces_the_rule_and_the_standard_formula_outside_it(int dossiers, int quota)
    {
        Assert.Equal(quota, SampleQuotaPolicy.DaNang.RequiredSample(dossiers));
    }

    [Fact]
    public void A_quota_never_exceeds_the_dossiers_and_reports_the_shortfall()
    {
        var policy = new SampleQuotaPolicy([new SampleQuotaRule(0, null, 50, 0m)]);

        Assert.Equal(10, policy.RequiredSample(10));
        var short_ = SampleQuotaPolicy.DaNang.Evaluate("UBND-Q1", 800, 190);
        var met = SampleQuotaPolicy.DaNang.Evaluate("UBND-Q2", 500, 205);
        Assert.Equal((240, 50, false), (short_.Quota, short_.Shortfall, short_.IsMet));
        Assert.Equal((200, 0, true), (met.Quota, met.Shortfall, met.IsMet));
    }

    [Fact]
    public void The_standard_formula_alone_gives_286_for_1000_dossiers()
    {
        // 1000 / (1 + 1000 × 0.0025) = 1000 / 3.5 = 285.71 → 286
        Assert.Equal(286, SampleQuotaPolicy.Standard.RequiredSample(1000));
    }
}
