namespace SatisfactionKit.Ratings;

/// <summary>
/// A rating as it comes in from any channel, before validation. Give exactly one of
/// <see cref="Dossier"/>, <see cref="SurveyId"/> or (channel <see cref="RatingChannel.OnlineByOfficer"/>) <see cref="Officer"/>.
/// </summary>
public sealed record RatingSubmission
{
    /// <summary>The scheme's code; the configured default scheme when <see langword="null"/>.</summary>
    public string? SchemeCode { get; init; }

    /// <summary>The scheme's version; its highest version when <see langword="null"/>.</summary>
    public int? SchemeVersion { get; init; }

    /// <summary>The dossier rated, for ratings about a dossier.</summary>
    public DossierReference? Dossier { get; init; }

    /// <summary>The topic survey answered, for ratings with no dossier.</summary>
    public string? SurveyId { get; init; }

    /// <summary>The unit and officer rated without a dossier, for <see cref="RatingChannel.OnlineByOfficer"/> only.</summary>
    public OfficerReference? Officer { get; init; }

    /// <summary>The channel the rating came through.</summary>
    public required RatingChannel Channel { get; init; }

    /// <summary>The answers, one per criterion.</summary>
    public required IReadOnlyList<AnswerSubmission> Answers { get; init; }

    /// <summary>The conditions that hold for the respondent (SIPAS: gave feedback).</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>Follow-up reasons chosen after a low answer.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>An optional free-text comment, limited in length.</summary>
    public string? Comment { get; init; }

    /// <summary>When the dossier's result was returned; required for ratings about a dossier.</summary>
    public DateTimeOffset? ResultReturnedAt { get; init; }

    /// <summary>The device that gave the rating (a pad's serial number), if any.</summary>
    public string? DeviceId { get; init; }

    /// <summary>The counter prompt the rating answers, if any.</summary>
    public Guid? PromptId { get; init; }

    /// <summary>
    /// A key unique to this rating, so that a retry (from a pad, an outbox or a web client) stores it
    /// once. Generated when <see langword="null"/>.
    /// </summary>
    public string? IdempotencyKey { get; init; }
}
