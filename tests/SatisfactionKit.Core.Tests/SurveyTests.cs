using SatisfactionKit.Testing;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

/// <summary>Topic survey campaigns: open and close dates, one response per respondent, no dossier.</summary>
public sealed class SurveyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SurveyCampaign Campaign(DateTimeOffset now) => new()
    {
        Id = "KS-GPXD-2026Q4",
        SchemeCode = RatingSchemes.Hanoi2014Code,
        Topic = "Cấp giấy phép xây dựng",
        Period = "2026-Q4",
        AudienceUnitCode = null,
        OpensAt = now,
        ClosesAt = now.AddDays(30),
    };

    private static SurveyResponse Response(string token) => new()
    {
        CampaignId = "KS-GPXD-2026Q4",
        RespondentToken = token,
        Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "KHL")],
    };

    [Fact]
    public async Task A_response_is_stored_with_the_campaign_and_no_dossier_once_per_respondent()
    {
        await using var kit = new ChannelFixture();
        Assert.Empty(await kit.Surveys.CreateCampaignAsync(Campaign(kit.Time.GetUtcNow()), Ct));
        var token = kit.Surveys.IssueRespondentToken();

        var first = await kit.Surveys.SubmitAsync(Response(token), Ct);
        var again = await UiCulture.RunAsync("en-GB", async () => await kit.Surveys.SubmitAsync(Response(token), Ct));
        var other = await kit.Surveys.SubmitAsync(Response(kit.Surveys.IssueRespondentToken()), Ct);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.ErrorMessage)));
        Assert.Null(first.Rating!.Dossier);
        Assert.Equal("KS-GPXD-2026Q4", first.Rating.SurveyId);
        Assert.DoesNotContain(token, first.Rating.IdempotencyKey, StringComparison.Ordinal);
        Assert.False(again.Succeeded);
        Assert.Contains(again.Errors, e => e.ErrorCode == ErrorCodes.SurveyAlreadyAnswered && e.ErrorMessage.Contains("already answered", StringComparison.Ordinal));
        Assert.True(other.Succeeded);
        Assert.Equal(2, kit.Ratings.Ratings.Count);
    }

    [Theory]
    [InlineData("made-up")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_token_the_service_did_not_issue_is_refused_not_counted_as_a_new_respondent(string token)
    {
        await using var kit = new ChannelFixture();
        Assert.Empty(await kit.Surveys.CreateCampaignAsync(Campaign(kit.Time.GetUtcNow()), Ct));
        var issued = kit.Surveys.IssueRespondentToken();
        // One character changed in an issued token is not an issued token either.
        var tampered = issued[..^1] + (issued[^1] == 'A' ? 'B' : 'A');

        var made = await UiCulture.RunAsync("en-GB", async () => await kit.Surveys.SubmitAsync(Response(token), Ct));
        var changed = await kit.Surveys.SubmitAsync(Response(tampered), Ct);

        Assert.Equal(ErrorCodes.SurveyTokenInvalid, Assert.Single(made.Errors).ErrorCode);
        Assert.Contains("use the link you were sent", made.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.SurveyTokenInvalid, Assert.Single(changed.Errors).ErrorCode);
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Fact]
    public async Task Responses_before_opening_or_after_closing_and_to_unknown_campaigns_are_refused()
    {
        await using var kit = new ChannelFixture();
        var now = kit.Time.GetUtcNow();
        Assert.Empty(await kit.Surveys.CreateCampaignAsync(Campaign(now) with { OpensAt = now.AddDays(1), ClosesAt = now.AddDays(2) }, Ct));

        var early = await UiCulture.RunAsync("vi-VN", async () => await kit.Surveys.SubmitAsync(Response("a"), Ct));
        kit.Time.Advance(TimeSpan.FromDays(2));
        var late = await kit.Surveys.SubmitAsync(Response("b"), Ct);
        var unknown = await kit.Surveys.SubmitAsync(Response("c") with { CampaignId = "KS-KHONG-CO" }, Ct);

        Assert.Contains(early.Errors, e => e.ErrorCode == ErrorCodes.SurveyNotOpen && e.ErrorMessage.Contains("không trong thời gian", StringComparison.Ordinal));
        Assert.Contains(late.Errors, e => e.ErrorCode == ErrorCodes.SurveyNotOpen);
        Assert.Contains(unknown.Errors, e => e.ErrorCode == ErrorCodes.SurveyUnknown);
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Fact]
    public async Task A_response_follows_the_schemes_rules()
    {
        await using var kit = new ChannelFixture();
        await kit.Surveys.CreateCampaignAsync(Campaign(kit.Time.GetUtcNow()), Ct);

        var result = await kit.Surveys.SubmitAsync(Response(kit.Surveys.IssueRespondentToken()) with { Answers = [new("HO_SO", "HL")] }, Ct);

        Assert.Contains(result.Errors, e => e.ErrorCode == ErrorCodes.CriterionMissing);
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Fact]
    public async Task A_campaign_with_unknown_scheme_wrong_dates_or_a_taken_id_is_refused()
    {
        await using var kit = new ChannelFixture();
        var now = kit.Time.GetUtcNow();
        Assert.Empty(await kit.Surveys.CreateCampaignAsync(Campaign(now), Ct));

        var taken = await kit.Surveys.CreateCampaignAsync(Campaign(now), Ct);
        var wrong = await kit.Surveys.CreateCampaignAsync(Campaign(now) with { Id = "KS-2", SchemeCode = "KHONG_CO", ClosesAt = now }, Ct);

        Assert.Equal(ErrorCodes.SurveyExists, Assert.Single(taken).ErrorCode);
        Assert.Contains(wrong, e => e.ErrorCode == ErrorCodes.SchemeUnknown);
        Assert.Contains(wrong, e => e.ErrorCode == ErrorCodes.SurveyNotOpen);
    }
}
