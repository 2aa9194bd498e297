using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

public sealed class ReportFormulaTests
{
    [Fact]
    public void Sipas_style_factor_is_the_mean_of_its_criteria_shares_and_overall_the_mean_of_factors()
    {
        var scheme = RatingSchemes.Sipas22;
        // YT1: TC1.1 3 of 4 satisfied = 75 %, TC1.2 1 of 2 = 50 % -> YT1 = (75 + 50) / 2 = 62.5
        // YT3: TC3.1 2 of 2 = 100 % -> YT3 = 100
        // YT5: TC5.1 has no valid answer (nobody gave feedback) -> YT5 drops out
        // overall = (62.5 + 100) / 2 = 81.25
        // mean score = (15 + 7 + 9 + 0) / (4 + 2 + 2) = 31 / 8 = 3.875
        CriterionRow[] rows =
        [
            new("", null, "TC1.1", "YT1", 4, 3, 15),
            new("", null, "TC1.2", "YT1", 2, 1, 7),
            new("", null, "TC3.1", "YT3", 2, 2, 9),
            new("", null, "TC5.1", "YT5", 0, 0, 0),
        ];

        var row = Assert.Single(SipasStyleIndex.Compute(scheme, rows));

        Assert.Equal(62.5m, row.Factors.Single(f => f.FactorCode == "YT1").Index);
        Assert.Equal(100m, row.Factors.Single(f => f.FactorCode == "YT3").Index);
        Assert.Null(row.Factors.Single(f => f.FactorCode == "YT5").Index);
        Assert.Null(row.Factors.Single(f => f.FactorCode == "YT2").Index);
        Assert.Equal(81.25m, row.Overall);
        Assert.Equal(3.875m, row.MeanScore);
    }

    [Fact]
    public void Sipas_style_overall_can_be_the_share_on_a_general_question()
    {
        // TC4.1 taken as the general question: 1 of 4 satisfied = 25 %.
        CriterionRow[] rows = [new("U1", null, "TC1.1", "YT1", 4, 4, 20), new("U1", null, "TC4.1", "YT4", 4, 1, 10)];

        var row = Assert.Single(SipasStyleIndex.Compute(RatingSchemes.Sipas22, rows, new SipasStyleOptions { Overall = SipasOverallStrategy.GeneralCriterion, GeneralCriterionCode = "TC4.1" }));

        Assert.Equal(25m, row.Overall);
        Assert.Throws<ArgumentException>(() => SipasStyleIndex.Compute(RatingSchemes.Sipas22, rows, new SipasStyleOptions { Overall = SipasOverallStrategy.GeneralCriterion, GeneralCriterionCode = "NO_SUCH" }));
    }

    [Fact]
    public void Happy_index_maps_levels_evenly_from_0_to_100()
    {
        // Five stars: 1 -> 0, 3 -> 50, 5 -> 100; a mean of 4.5 -> (4.5 - 1) / 4 * 100 = 87.5.
        Assert.Equal(0m, ReportMath.HappyIndex(1m, 1, 5));
        Assert.Equal(50m, ReportMath.HappyIndex(3m, 1, 5));
        Assert.Equal(87.5m, ReportMath.HappyIndex(4.5m, 1, 5));
        // Hà Nội: KHL 1 -> 0, HL 2 -> 100.
        Assert.Equal(100m, ReportMath.HappyIndex(2m, 1, 2));
    }

    [Fact]
    public void Decision_766_rate_subtracts_dissatisfied_complained_and_overdue_dossiers()
    {
        // U1: (200 - 3 - 2 - 5) / 200 * 100 = 190 / 200 * 100 = 95 %
        // U2: no ratings -> dissatisfied 0: (50 - 0 - 0 - 1) / 50 * 100 = 98 %
        SatisfactionRow[] byUnit = [new("U1", null, 40, 36, 3, 160, 300, null)];
        UnitDossierStatistics[] dossiers = [new("U1", 200, 2, 5), new("U2", 50, 0, 1), new("U3", 0, 0, 0)];

        var rates = Decision766Rate.Compute(dossiers, byUnit);

        Assert.Equal(95m, rates[0].Rate);
        Assert.Equal(3, rates[0].Dissatisfied);
        Assert.Equal(98m, rates[1].Rate);
        Assert.Equal(0m, rates[2].Rate);
    }

    [Fact]
    public void Decision_766_per_dossier_counts_a_dossier_once_across_channels_complaints_and_delays()
    {
        // U1, 20 dossiers. D1 dissatisfied online and at the counter, and late: once, as dissatisfied.
        // D2 complained and late: once, as complained. D3 late only. D4 satisfied and complained: complained.
        // Bad: D1, D2, D3, D4 = 4 of 20 -> 80 %. Counts taken as disjoint would have said 1 + 2 + 3 = 6 -> 70 %.
        var now = DateTimeOffset.UnixEpoch;
        DossierOutcome[] outcomes = [new("D1", "U1", 2, 2, now), new("D4", "U1", 1, 0, now), new("D5", "U1", 1, 0, now)];
        FlaggedDossier[] flagged = [new("D1", "U1", false, true), new("D2", "U1", true, true), new("D3", "U1", false, true), new("D4", "U1", true, false)];

        var rate = Assert.Single(Decision766Rate.ComputeByDossier([new UnitDossierStatistics("U1", 20, 2, 3)], outcomes, flagged));

        Assert.Equal((1, 2, 1), (rate.Dissatisfied, rate.Complained, rate.Overdue));
        Assert.Equal(80m, rate.Rate);
    }

    [Fact]
    public void Vietnam_has_a_constant_offset_and_a_daylight_saving_zone_is_refused()
    {
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

        Assert.Equal(TimeSpan.FromHours(7), ReportTimeZone.ConstantOffset(vietnam, from, from.AddYears(1)));

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        Assert.Equal(TimeSpan.FromHours(1), ReportTimeZone.ConstantOffset(paris, from, from.AddMonths(1)));
        var error = Assert.Throws<NotSupportedException>(() => ReportTimeZone.ConstantOffset(paris, from, from.AddYears(1)));
        Assert.Contains("Europe/Paris", error.Message, StringComparison.Ordinal);
    }
}
