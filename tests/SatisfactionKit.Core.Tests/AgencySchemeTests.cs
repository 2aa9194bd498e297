using System.Globalization;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

public sealed class AgencySchemeTests
{
    private static RatingSchemeBuilder District1() => new RatingSchemeBuilder("QUAN_1", 2)
        .WithName("Đánh giá tại Quận 1", "District 1 rating")
        .AddLevel("KHL", 1, "Không hài lòng", "Dissatisfied", satisfied: false)
        .AddLevel("BT", 2, "Bình thường", "Neutral", satisfied: false)
        .AddLevel("HL", 3, "Hài lòng", "Satisfied", satisfied: true)
        .AddCondition("CO_HEN", "Có giấy hẹn", "Had an appointment slip")
        .AddFactor("F1", "Phục vụ", "Service")
        .AddCriterion("THAI_DO", "Thái độ", "Attitude", "F1")
        .AddCriterion("DUNG_HEN", "Trả đúng hẹn", "Returned on time", "F1", CriterionRequirement.Conditional, "CO_HEN")
        .AddCriterion("GOP_Y", "Góp ý khác", "Other remarks", requirement: CriterionRequirement.Optional);

    [Fact]
    public void An_agency_scheme_round_trips_through_json_unchanged()
    {
        var scheme = District1().WithFollowUp(new FollowUpRule(FollowUpKind.Reasons, 1, [new("LAU", new("Chờ lâu", "Long wait"))])).Build();

        var json = RatingSchemeJson.Serialize(scheme);
        var back = RatingSchemeJson.Deserialize(json);

        Assert.Contains("\"Thái độ\"", json, StringComparison.Ordinal);
        Assert.Equal(scheme.Code, back.Code);
        Assert.Equal(2, back.Version);
        Assert.Equal(scheme.Name, back.Name);
        Assert.Equal(scheme.Levels, back.Levels);
        Assert.Equal(scheme.Criteria, back.Criteria);
        Assert.Equal(scheme.Factors, back.Factors);
        Assert.Equal(scheme.Conditions, back.Conditions);
        Assert.Equal(scheme.FollowUp.Kind, back.FollowUp.Kind);
        Assert.Equal(scheme.FollowUp.TriggerAtOrBelowValue, back.FollowUp.TriggerAtOrBelowValue);
        Assert.Equal(scheme.FollowUp.Reasons, back.FollowUp.Reasons);
        Assert.Equal(json, RatingSchemeJson.Serialize(back));
    }

    [Fact]
    public void Every_built_in_scheme_round_trips_through_json()
    {
        foreach (var scheme in RatingSchemes.All)
        {
            var json = RatingSchemeJson.Serialize(scheme);
            Assert.Equal(json, RatingSchemeJson.Serialize(RatingSchemeJson.Deserialize(json)));
        }
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line_and_position()
    {
        var ex = Assert.Throws<InvalidRatingSchemeException>(() => RatingSchemeJson.Deserialize("{\n  \"code\": \"X\",\n  \"version\": oops\n}"));
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("dòng 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_missing_required_parts_is_refused()
    {
        Assert.Throws<InvalidRatingSchemeException>(() => RatingSchemeJson.Deserialize("{\"code\":\"X\",\"version\":1}"));
        Assert.Throws<InvalidRatingSchemeException>(() => RatingSchemeJson.Deserialize("null"));
    }

    public static TheoryData<string, Func<RatingSchemeBuilder>, string> InvalidSchemes => new()
    {
        { "one level", () => new RatingSchemeBuilder("X").AddLevel("A", 1, "A", "A", true).AddCriterion("C", "C", "C"), "at least two levels" },
        { "no satisfied level", () => new RatingSchemeBuilder("X").AddLevel("A", 1, "A", "A", false).AddLevel("B", 2, "B", "B", false).AddCriterion("C", "C", "C"), "count as satisfied" },
        { "duplicate level code", () => new RatingSchemeBuilder("X").AddLevel("A", 1, "A", "A", false).AddLevel("A", 2, "B", "B", true).AddCriterion("C", "C", "C"), "Level codes must be unique" },
        { "duplicate criterion", () => District1().AddCriterion("THAI_DO", "x", "x", "F1"), "Criterion codes must be unique" },
        { "no criterion", () => new RatingSchemeBuilder("X").AddLevel("A", 1, "A", "A", false).AddLevel("B", 2, "B", "B", true), "at least one criterion" },
        { "unknown factor", () => District1().AddCriterion("Z", "z", "z", "F9"), "names factor 'F9'" },
        { "conditional without a known condition", () => District1().AddCriterion("Z", "z", "z", requirement: CriterionRequirement.Conditional, conditionCode: "KHONG_CO"), "must name a condition" },
        { "bad code", () => new RatingSchemeBuilder("có dấu").AddLevel("A", 1, "A", "A", false).AddLevel("B", 2, "B", "B", true).AddCriterion("C", "C", "C"), "may hold only letters" },
        { "version 0", () => new RatingSchemeBuilder("X", 0).AddLevel("A", 1, "A", "A", false).AddLevel("B", 2, "B", "B", true).AddCriterion("C", "C", "C"), "Version" },
        { "reasons follow-up without reasons", () => District1().WithFollowUp(new FollowUpRule(FollowUpKind.Reasons)), "at least one reason" },
        { "bands that leave low totals out", () => District1().WithScoreBands(new ScoreBand("A", new("A", "A"), 5m)), "cover every total" },
    };

    [Theory]
    [MemberData(nameof(InvalidSchemes))]
    public void An_invalid_scheme_is_refused_with_a_message_that_names_the_problem(string _, Func<RatingSchemeBuilder> build, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            var ex = Assert.Throws<InvalidRatingSchemeException>(() => build().Build());
            Assert.Contains(ex.Problems, p => p.Contains(expected, StringComparison.Ordinal));
            Assert.Contains("is invalid", ex.Message, StringComparison.Ordinal);
            Assert.Contains("không hợp lệ", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
