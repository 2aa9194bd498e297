using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Surveys;

/// <summary>Topic survey campaigns and their responses.</summary>
public interface ISurveyService
{
    /// <summary>Checks and stores a campaign (known scheme, closing after opening, id free); refusals are returned.</summary>
    ValueTask<IReadOnlyList<FluentValidation.Results.ValidationFailure>> CreateCampaignAsync(SurveyCampaign campaign, CancellationToken cancellationToken = default);

    /// <summary>A new random respondent token (128 bits, base64url) to hand out with an invitation.</summary>
    string IssueRespondentToken();

    /// <summary>
    /// Stores a response through <see cref="IRatingService"/> when the campaign is open and the
    /// respondent has not answered it yet.
    /// </summary>
    ValueTask<RatingResult> SubmitAsync(SurveyResponse response, CancellationToken cancellationToken = default);
}
