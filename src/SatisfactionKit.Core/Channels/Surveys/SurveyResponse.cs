using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Surveys;

/// <summary>One respondent's answers to a campaign.</summary>
public sealed record SurveyResponse
{
    /// <summary>The campaign answered.</summary>
    public required string CampaignId { get; init; }

    /// <summary>
    /// A token that identifies the respondent within the campaign (issued by
    /// <see cref="ISurveyService.IssueRespondentToken"/> or the vendor's own). Stored only as a keyed hash.
    /// </summary>
    public required string RespondentToken { get; init; }

    /// <summary>The channel the response came through. Default <see cref="RatingChannel.Online"/>.</summary>
    public RatingChannel Channel { get; init; } = RatingChannel.Online;

    /// <summary>The answers.</summary>
    public required IReadOnlyList<AnswerSubmission> Answers { get; init; }

    /// <summary>The conditions that hold for the respondent.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>Follow-up reasons.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>An optional comment.</summary>
    public string? Comment { get; init; }
}
