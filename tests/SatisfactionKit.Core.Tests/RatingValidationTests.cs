using SatisfactionKit.Testing;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

/// <summary>Every validation rule, with its message in Vietnamese (default) and English.</summary>
public sealed class RatingValidationTests
{
    private static readonly DateTimeOffset Returned = new(2026, 11, 2, 7, 30, 0, TimeSpan.FromHours(7));

    private static RatingSubmission Hanoi(params AnswerSubmission[] answers) => new()
    {
        SchemeCode = RatingSchemes.Hanoi2014Code,
        Dossier = CoreFixture.Dossier(),
        Channel = RatingChannel.Online,
        ResultReturnedAt = Returned,
        Answers = answers.Length > 0 ? answers :
        [
            new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "KHL"), new("THOI_GIAN_CHI_PHI", "HL"),
        ],
    };

    private static RatingSubmission Sipas(bool gaveFeedback, int factor5Answers, int skipFirst = 0)
    {
        var answers = RatingSchemes.Sipas22.Criteria
            .Where(c => c.FactorCode != "YT5")
            .Skip(skipFirst)
            .Select(c => new AnswerSubmission(c.Code, "4"))
            .Concat(RatingSchemes.Sipas22.CriteriaOf("YT5").Take(factor5Answers).Select(c => new AnswerSubmission(c.Code, "5")))
            .ToArray();
        return new RatingSubmission
        {
            SchemeCode = RatingSchemes.Sipas22Code,
            Dossier = CoreFixture.Dossier(),
            Channel = RatingChannel.Paper,
            ResultReturnedAt = Returned,
            Answers = answers,
            Conditions = gaveFeedback ? [RatingSchemes.SipasFeedbackConditionCode] : [],
        };
    }

    public static TheoryData<string, Func<RatingSubmission>, string, string, string> Cases => new()
    {
        { "result not returned", () => Hanoi() with { ResultReturnedAt = null }, ErrorCodes.ResultNotReturned, "chưa được trả kết quả", "has no returned result yet" },
        { "result returned in the future", () => Hanoi() with { ResultReturnedAt = Returned.AddHours(3) }, ErrorCodes.ResultReturnedInFuture, "ở sau thời điểm đánh giá", "after the rating was submitted" },
        { "required criterion missing", () => Hanoi(new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL")), ErrorCodes.CriterionMissing, "Chưa trả lời tiêu chí bắt buộc 'THOI_GIAN_CHI_PHI'", "Required criterion 'THOI_GIAN_CHI_PHI'" },
        { "criterion answered twice", () => Hanoi(new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL"), new("HO_SO", "KHL")), ErrorCodes.CriterionDuplicated, "nhiều hơn một lần", "more than once" },
        { "unknown criterion", () => Hanoi(new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL"), new("GIA_CA", "HL")), ErrorCodes.CriterionUnknown, "Tiêu chí 'GIA_CA' không có", "Criterion 'GIA_CA' is not part" },
        { "unknown level", () => Hanoi(new("THONG_TIN_CSVC", "HL"), new("HO_SO", "RHL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL")), ErrorCodes.LevelUnknown, "Mức 'RHL' của tiêu chí 'HO_SO'", "Level 'RHL' given for criterion 'HO_SO'" },
        { "no answers", () => Hanoi() with { Answers = [] }, ErrorCodes.AnswersRequired, "chưa có câu trả lời", "has no answers" },
        { "unknown scheme", () => Hanoi() with { SchemeCode = "KHONG_CO" }, ErrorCodes.SchemeUnknown, "Không tìm thấy bộ tiêu chí đánh giá 'KHONG_CO'", "Rating scheme 'KHONG_CO'" },
        { "conditional criterion without its condition", () => Sipas(gaveFeedback: false, factor5Answers: 4), ErrorCodes.CriterionNotApplicable, "chỉ được trả lời khi", "may be answered only when" },
        { "conditional criterion missing when its condition holds", () => Sipas(gaveFeedback: true, factor5Answers: 2), ErrorCodes.CriterionMissing, "TC5.3", "TC5.3" },
        { "unknown condition", () => Sipas(false, 0) with { Conditions = ["DA_KHIEU_NAI"] }, ErrorCodes.ConditionUnknown, "Điều kiện 'DA_KHIEU_NAI'", "Condition 'DA_KHIEU_NAI'" },
        { "dossier code format", () => Hanoi() with { Dossier = CoreFixture.Dossier("hồ sơ #1") }, ErrorCodes.DossierCodeFormat, "không đúng định dạng", "not in the expected format" },
        { "neither dossier nor survey", () => Hanoi() with { Dossier = null }, ErrorCodes.DossierOrSurveyRequired, "phải gắn với một hồ sơ", "must name either a dossier" },
        { "both dossier and survey", () => Hanoi() with { SurveyId = "KS-2026" }, ErrorCodes.DossierAndSurvey, "không được gắn đồng thời", "may not name both" },
        { "reasons where none are asked", () => Hanoi() with { Reasons = ["THOI_GIAN"] }, ErrorCodes.ReasonsNotApplicable, "chỉ hỏi lý do", "asks for reasons only" },
        { "NUL in a comment", () => Hanoi() with { Comment = "tốt\0lắm" }, ErrorCodes.ControlCharacter, "Trường 'Comment' chứa ký tự điều khiển không được phép (mã U+0000, ở vị trí 3)", "Field 'Comment' holds a control character that is not allowed (U+0000, at position 3)" },
        { "escape in a counter id", () => Hanoi() with { Dossier = CoreFixture.Dossier() with { CounterId = "QUAY\u001b01" } }, ErrorCodes.ControlCharacter, "'Dossier.CounterId'", "'Dossier.CounterId'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_rule_refuses_with_its_code_and_its_message_in_both_languages(string _, Func<RatingSubmission> submission, string code, string vietnamese, string english)
    {
        await using var kit = new CoreFixture();

        var vi = await UiCulture.RunAsync("vi-VN", async () => await kit.Ratings.SubmitAsync(submission(), TestContext.Current.CancellationToken));
        var en = await UiCulture.RunAsync("en-GB", async () => await kit.Ratings.SubmitAsync(submission(), TestContext.Current.CancellationToken));

        Assert.False(vi.Succeeded);
        Assert.Contains(vi.Errors, e => e.ErrorCode == code && e.ErrorMessage.Contains(vietnamese, StringComparison.Ordinal));
        Assert.Contains(en.Errors, e => e.ErrorCode == code && e.ErrorMessage.Contains(english, StringComparison.Ordinal));
        Assert.Empty(kit.Stores.Ratings);
    }

    [Fact]
    public async Task Any_culture_other_than_English_gets_Vietnamese()
    {
        await using var kit = new CoreFixture();
        var fr = await UiCulture.RunAsync("fr-FR", async () => await kit.Ratings.SubmitAsync(Hanoi() with { ResultReturnedAt = null }, TestContext.Current.CancellationToken));
        Assert.Contains(fr.Errors, e => e.ErrorMessage.Contains("chưa được trả kết quả", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_comment_over_the_limit_is_refused_with_FluentValidations_own_translation()
    {
        await using var kit = new CoreFixture(o => o.MaxCommentLength = 10);
        var tooLong = Hanoi() with { Comment = new string('x', 11) };

        var vi = await UiCulture.RunAsync("vi-VN", async () => await kit.Ratings.SubmitAsync(tooLong, TestContext.Current.CancellationToken));
        var en = await UiCulture.RunAsync("en-US", async () => await kit.Ratings.SubmitAsync(tooLong, TestContext.Current.CancellationToken));

        var viError = Assert.Single(vi.Errors);
        var enError = Assert.Single(en.Errors);
        Assert.Equal("Comment", viError.PropertyName);
        Assert.NotEqual(viError.ErrorMessage, enError.ErrorMessage);
        Assert.Contains("10", viError.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("characters", enError.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(kit.Stores.Ratings);
    }

    [Fact]
    public async Task A_dossier_is_rated_once_per_channel_by_default()
    {
        await using var kit = new CoreFixture();
        var ct = TestContext.Current.CancellationToken;

        var first = await kit.Ratings.SubmitAsync(Hanoi(), ct);
        var again = await UiCulture.RunAsync("en", async () => await kit.Ratings.SubmitAsync(Hanoi(), ct));
        var otherChannel = await kit.Ratings.SubmitAsync(Hanoi() with { Channel = RatingChannel.Sms }, ct);

        Assert.True(first.Succeeded);
        Assert.Contains(again.Errors, e => e.ErrorCode == ErrorCodes.AlreadyRated && e.ErrorMessage.Contains("through channel Online", StringComparison.Ordinal));
        Assert.True(otherChannel.Succeeded);
        Assert.Equal(2, kit.Stores.Ratings.Count);
    }

    [Fact]
    public async Task One_rating_per_dossier_can_be_configured()
    {
        await using var kit = new CoreFixture(o => o.Uniqueness = RatingUniqueness.PerDossier);
        var ct = TestContext.Current.CancellationToken;

        Assert.True((await kit.Ratings.SubmitAsync(Hanoi(), ct)).Succeeded);
        var sms = await UiCulture.RunAsync("vi-VN", async () => await kit.Ratings.SubmitAsync(Hanoi() with { Channel = RatingChannel.Sms }, ct));

        Assert.Contains(sms.Errors, e => e.ErrorCode == ErrorCodes.AlreadyRated && e.ErrorMessage.Contains("đã được đánh giá", StringComparison.Ordinal));
        Assert.Single(kit.Stores.Ratings);
    }

    [Fact]
    public async Task The_dossier_code_pattern_is_configurable()
    {
        await using var kit = new CoreFixture(o => o.DossierCodePattern = "^HS-[0-9]{6}$");
        var ct = TestContext.Current.CancellationToken;

        var wrong = await kit.Ratings.SubmitAsync(Hanoi(), ct);
        var right = await kit.Ratings.SubmitAsync(Hanoi() with { Dossier = CoreFixture.Dossier("HS-123456") }, ct);

        Assert.Contains(wrong.Errors, e => e.ErrorCode == ErrorCodes.DossierCodeFormat);
        Assert.True(right.Succeeded);
    }

    [Fact]
    public async Task A_valid_rating_is_stored_with_its_scheme_version_values_and_a_time_ordered_id()
    {
        await using var kit = new CoreFixture();
        var ct = TestContext.Current.CancellationToken;

        var result = await kit.Ratings.SubmitAsync(Hanoi() with { Comment = "  Cán bộ nhiệt tình  " }, ct);
        kit.Time.Advance(TimeSpan.FromMilliseconds(5));
        var later = await kit.Ratings.SubmitAsync(Hanoi() with { Dossier = CoreFixture.Dossier("000.00.17.H29-261102-0002") }, ct);

        var rating = result.Rating!;
        Assert.Equal((RatingSchemes.Hanoi2014Code, 1), (rating.SchemeCode, rating.SchemeVersion));
        Assert.Equal(kit.Time.GetUtcNow().AddMilliseconds(-5), rating.SubmittedAt);
        Assert.Equal("Cán bộ nhiệt tình", rating.Comment);
        Assert.Equal(["THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI"], rating.Answers.Select(a => a.CriterionCode));
        Assert.Equal([true, true, false, true], rating.Answers.Select(a => a.IsSatisfied));
        Assert.False(rating.IsSatisfied);
        Assert.Equal(7, rating.Id.Version);
        Assert.True(later.Rating!.Id.CompareTo(rating.Id) > 0);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_stored_rating_and_writes_nothing()
    {
        await using var kit = new CoreFixture();
        var ct = TestContext.Current.CancellationToken;
        var submission = Hanoi() with { IdempotencyKey = "pad-A1B2-000042" };

        var first = await kit.Ratings.SubmitAsync(submission, ct);
        var retry = await kit.Ratings.SubmitAsync(submission, ct);

        Assert.False(first.WasDuplicate);
        Assert.True(retry.WasDuplicate);
        Assert.Equal(first.Rating!.Id, retry.Rating!.Id);
        Assert.Single(kit.Stores.Ratings);
    }

    [Fact]
    public async Task Line_breaks_and_tabs_in_a_comment_are_text_not_control_characters()
    {
        await using var kit = new CoreFixture();

        var result = await kit.Ratings.SubmitAsync(Hanoi() with { Comment = "Dòng một\r\n\tdòng hai" }, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public async Task A_key_stored_for_another_dossier_is_refused_and_reveals_nothing_of_that_rating()
    {
        await using var kit = new CoreFixture();
        var ct = TestContext.Current.CancellationToken;
        var theirs = await kit.Ratings.SubmitAsync(Hanoi() with { IdempotencyKey = "shared-key" }, ct);

        var mine = await kit.Ratings.SubmitAsync(Hanoi() with { Dossier = CoreFixture.Dossier("000.00.17.H29-261102-0555"), IdempotencyKey = "shared-key" }, ct);

        Assert.True(theirs.Succeeded);
        Assert.False(mine.Succeeded);
        Assert.Null(mine.Rating);
        Assert.Equal(ErrorCodes.IdempotencyKeyReused, Assert.Single(mine.Errors).ErrorCode);
        Assert.Single(kit.Stores.Ratings);
    }

    [Fact]
    public async Task A_SIPAS_form_with_feedback_answers_all_22_and_without_feedback_18()
    {
        await using var kit = new CoreFixture();
        var ct = TestContext.Current.CancellationToken;

        var with = await kit.Ratings.SubmitAsync(Sipas(gaveFeedback: true, factor5Answers: 4), ct);
        var without = await kit.Ratings.SubmitAsync(Sipas(gaveFeedback: false, factor5Answers: 0) with { Dossier = CoreFixture.Dossier("000.00.17.H29-261102-0009") }, ct);

        Assert.Equal(22, with.Rating!.Answers.Count);
        Assert.Equal(18, without.Rating!.Answers.Count);
    }

    [Fact]
    public async Task A_topic_survey_rating_needs_no_dossier_and_no_result()
    {
        await using var kit = new CoreFixture();
        var result = await kit.Ratings.SubmitAsync(
            new RatingSubmission
            {
                SchemeCode = RatingSchemes.ThreeLevelCode,
                SurveyId = "KS-DVC-2026",
                Channel = RatingChannel.Online,
                Answers = [new(RatingSchemes.OverallCriterionCode, "RHL")],
            },
            TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Null(result.Rating!.Dossier);
    }

    [Fact]
    public async Task Five_star_reasons_are_accepted_at_three_stars_and_unknown_reasons_refused()
    {
        await using var kit = new CoreFixture();
        var ct = TestContext.Current.CancellationToken;
        RatingSubmission Stars(string level, params string[] reasons) => new()
        {
            SchemeCode = RatingSchemes.FiveStarCode,
            Dossier = CoreFixture.Dossier(),
            Channel = RatingChannel.CounterScreen,
            ResultReturnedAt = Returned,
            Answers = [new(RatingSchemes.OverallCriterionCode, level)],
            Reasons = reasons,
        };

        var unknown = await UiCulture.RunAsync("en", async () => await kit.Ratings.SubmitAsync(Stars("2", "GIA_CAO"), ct));
        var fiveWithReason = await kit.Ratings.SubmitAsync(Stars("5", "THOI_GIAN"), ct);
        var three = await kit.Ratings.SubmitAsync(Stars("3", "THOI_GIAN", "THAI_DO"), ct);

        Assert.Contains(unknown.Errors, e => e.ErrorCode == ErrorCodes.ReasonUnknown && e.ErrorMessage.Contains("Reason 'GIA_CAO'", StringComparison.Ordinal));
        Assert.Contains(fiveWithReason.Errors, e => e.ErrorCode == ErrorCodes.ReasonsNotApplicable);
        Assert.Equal(["THOI_GIAN", "THAI_DO"], three.Rating!.Reasons);
    }
}
