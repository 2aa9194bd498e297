using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

public sealed class BuiltInSchemeTests
{
    [Fact]
    public void Every_built_in_scheme_is_valid_and_has_a_unique_code()
    {
        foreach (var scheme in RatingSchemes.All)
        {
            var result = RatingSchemeValidator.Instance.Validate(scheme);
            Assert.True(result.IsValid, $"{scheme}: {string.Join("; ", result.Errors)}");
        }

        Assert.Equal(RatingSchemes.All.Count, RatingSchemes.All.Select(s => s.Code).Distinct().Count());
    }

    [Fact]
    public void Hanoi_2014_has_two_levels_over_the_four_criteria_with_the_source_wording()
    {
        var s = RatingSchemes.Hanoi2014;

        Assert.Equal(["KHL", "HL"], s.Levels.Select(l => l.Code));
        Assert.Equal("Hài lòng", s.FindLevel("HL")!.Label.Vi);
        Assert.Equal("Không hài lòng", s.FindLevel("KHL")!.Label.Vi);
        Assert.True(s.FindLevel("HL")!.IsSatisfied);
        Assert.False(s.FindLevel("KHL")!.IsSatisfied);
        Assert.Equal(4, s.Criteria.Count);
        Assert.Equal(
            [
                "Chất lượng thông tin về dịch vụ hành chính và cơ sở vật chất tại bộ phận một cửa",
                "Quy định về hồ sơ của TTHC",
                "Thái độ phục vụ của cán bộ",
                "Thời gian và chi phí phải trả cho dịch vụ hành chính",
            ],
            s.Criteria.Select(c => c.Label.Vi));
        Assert.Equal(FollowUpKind.DissatisfiedCriteria, s.FollowUp.Kind);
        Assert.True(s.AcceptsSinglePress);
    }

    [Fact]
    public void Sipas_has_22_criteria_in_five_factors_of_4_5_6_3_4_on_five_levels()
    {
        var s = RatingSchemes.Sipas22;

        Assert.Equal(22, s.Criteria.Count);
        Assert.Equal(["YT1", "YT2", "YT3", "YT4", "YT5"], s.Factors.Select(f => f.Code));
        Assert.Equal([4, 5, 6, 3, 4], s.Factors.Select(f => s.CriteriaOf(f.Code).Count()));
        Assert.Equal([1, 2, 3, 4, 5], s.Levels.Select(l => l.Value));
        Assert.Equal("Rất không hài lòng", s.Levels[0].Label.Vi);
        Assert.Equal("Bình thường", s.Levels[2].Label.Vi);
        Assert.Equal("Rất hài lòng", s.Levels[4].Label.Vi);
        Assert.Equal([false, false, false, true, true], s.Levels.Select(l => l.IsSatisfied));
        Assert.Equal("Công chức có thái độ giao tiếp lịch sự", s.FindCriterion("TC3.1")!.Label.Vi);
        Assert.All(s.CriteriaOf("YT5"), c =>
        {
            Assert.Equal(CriterionRequirement.Conditional, c.Requirement);
            Assert.Equal(RatingSchemes.SipasFeedbackConditionCode, c.ConditionCode);
        });
        Assert.All(s.Criteria.Where(c => c.FactorCode != "YT5"), c => Assert.Equal(CriterionRequirement.Required, c.Requirement));
        Assert.False(s.AcceptsSinglePress);
    }

    [Fact]
    public void The_counter_scales_are_single_questions_with_their_levels()
    {
        Assert.Equal(["Không hài lòng", "Hài lòng", "Rất hài lòng"], RatingSchemes.ThreeLevel.Levels.Select(l => l.Label.Vi));
        Assert.Equal(4, RatingSchemes.FourSmiley.Levels.Count);
        Assert.DoesNotContain(RatingSchemes.FourSmiley.Levels, l => l.Label.Vi == "Bình thường");
        Assert.Equal(2, RatingSchemes.FourSmiley.Levels.Count(l => l.IsSatisfied));
        Assert.Equal(5, RatingSchemes.FiveStar.Levels.Count);
        foreach (var s in new[] { RatingSchemes.ThreeLevel, RatingSchemes.FourSmiley, RatingSchemes.FiveStar })
        {
            Assert.Single(s.Criteria);
            Assert.True(s.AcceptsSinglePress);
        }
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("2", true)]
    [InlineData("3", true)]
    [InlineData("4", false)]
    [InlineData("5", false)]
    public void Five_star_asks_for_reasons_at_three_stars_or_fewer(string stars, bool asks)
    {
        var s = RatingSchemes.FiveStar;
        Assert.Equal(FollowUpKind.Reasons, s.FollowUp.Kind);
        Assert.NotEmpty(s.FollowUp.Reasons);
        Assert.Equal(asks, s.FollowUp.IsTriggeredBy(s.FindLevel(stars)!));
    }

    [Fact]
    public void Tt01_has_nine_indicators_scored_0_to_2_for_a_total_out_of_18()
    {
        var s = RatingSchemes.Tt01;
        Assert.Equal(9, s.Criteria.Count);
        Assert.Equal([0, 1, 2], s.Levels.Select(l => l.Value));
        Assert.Equal(18, s.Criteria.Count * s.Levels.Max(l => l.Value));
        Assert.NotNull(s.ScoreBands);
    }

    // The default table: above 15 Xuất sắc; 12 to 15 Tốt; 9 to under 12 Khá; 6 to under 9 Trung bình;
    // under 6 Yếu. 15 itself is Tốt (not Yếu, as one peer system has it).
    [Theory]
    [InlineData(0, "YEU")] [InlineData(1, "YEU")] [InlineData(2, "YEU")] [InlineData(3, "YEU")] [InlineData(4, "YEU")] [InlineData(5, "YEU")]
    [InlineData(6, "TRUNG_BINH")] [InlineData(7, "TRUNG_BINH")] [InlineData(8, "TRUNG_BINH")]
    [InlineData(9, "KHA")] [InlineData(10, "KHA")] [InlineData(11, "KHA")]
    [InlineData(12, "TOT")] [InlineData(13, "TOT")] [InlineData(14, "TOT")] [InlineData(15, "TOT")]
    [InlineData(16, "XUAT_SAC")] [InlineData(17, "XUAT_SAC")] [InlineData(18, "XUAT_SAC")]
    public void Every_TT01_total_lands_in_exactly_one_band(int total, string expected)
    {
        var bands = RatingSchemes.Tt01.ScoreBands!;
        Assert.Equal(expected, bands.Classify(total)!.Code);
        // Exactly one band is the highest admitting one: no other band both admits it and sits above it.
        Assert.Single(bands.Bands, b => b.Admits(total) && bands.Bands.TakeWhile(x => x != b).All(x => !x.Admits(total)));
    }

    [Fact]
    public void The_TT01_band_table_is_data_that_round_trips_through_json()
    {
        var json = RatingSchemeJson.Serialize(RatingSchemes.Tt01);
        var back = RatingSchemeJson.Deserialize(json);
        Assert.Equal(RatingSchemes.Tt01.ScoreBands!.Bands, back.ScoreBands!.Bands);
        Assert.Equal("TOT", back.ScoreBands.Classify(15)!.Code);
        Assert.Equal("XUAT_SAC", back.ScoreBands.Classify(15.5m)!.Code);
    }
}
