namespace SatisfactionKit.Ratings;

/// <summary>
/// A stored rating. Ratings are append-only: once stored, a rating is never changed or deleted.
/// </summary>
public sealed record Rating
{
    /// <summary>A time-ordered identifier (GUID version 7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The code of the scheme it was given under.</summary>
    public required string SchemeCode { get; init; }

    /// <summary>The version of that scheme.</summary>
    public required int SchemeVersion { get; init; }

    /// <summary>The dossier rated, or <see langword="null"/> for a topic survey.</summary>
    public DossierReference? Dossier { get; init; }

    /// <summary>The topic survey answered, or <see langword="null"/> for a dossier rating.</summary>
    public string? SurveyId { get; init; }

    /// <summary>The channel it came through.</summary>
    public required RatingChannel Channel { get; init; }

    /// <summary>The unit and officer rated without a dossier (channel <see cref="RatingChannel.OnlineByOfficer"/>), or <see langword="null"/>.</summary>
    public OfficerReference? Officer { get; init; }

    /// <summary>The answers, in the scheme's criterion order.</summary>
    public required IReadOnlyList<RatingAnswer> Answers { get; init; }

    /// <summary>The conditions that held for the respondent.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>The follow-up reasons chosen.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The respondent's comment.</summary>
    public string? Comment { get; init; }

    /// <summary>When the dossier's result was returned.</summary>
    public DateTimeOffset? ResultReturnedAt { get; init; }

    /// <summary>When the rating was submitted, from the library's <see cref="TimeProvider"/>.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The device that gave it, if any.</summary>
    public string? DeviceId { get; init; }

    /// <summary>The counter prompt it answers, if any.</summary>
    public Guid? PromptId { get; init; }

    /// <summary>The key that makes retries safe.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Whether every answer is at a satisfied level (Hà Nội: satisfied with all four criteria).</summary>
    public bool IsSatisfied => Answers.Count > 0 && Answers.All(a => a.IsSatisfied);
}
