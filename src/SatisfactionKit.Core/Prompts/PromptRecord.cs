using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// A completed prompt, kept whatever its outcome so that response rates (rated ÷ opened) can be
/// computed. Written once, when the prompt completes.
/// </summary>
public sealed record PromptRecord
{
    /// <summary>The prompt's identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>The counter it was opened at.</summary>
    public required string CounterId { get; init; }

    /// <summary>The dossier it asked about.</summary>
    public required DossierReference Dossier { get; init; }

    /// <summary>The scheme it asked under.</summary>
    public required string SchemeCode { get; init; }

    /// <summary>The scheme's version.</summary>
    public required int SchemeVersion { get; init; }

    /// <summary>When it was opened.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>When it completed.</summary>
    public required DateTimeOffset ClosedAt { get; init; }

    /// <summary>How it completed: <see cref="PromptState.Rated"/>, <see cref="PromptState.Expired"/>, <see cref="PromptState.Cancelled"/> or <see cref="PromptState.Refused"/>.</summary>
    public required PromptState Outcome { get; init; }

    /// <summary>The rating stored, when rated.</summary>
    public Guid? RatingId { get; init; }

    /// <summary>
    /// A first answer that was given but could not become a rating because its follow-up expired
    /// (Hà Nội: <i>Không hài lòng</i> pressed, no criterion named). Kept so that it is not lost.
    /// </summary>
    public string? IncompleteLevelCode { get; init; }

    /// <summary>Why it was cancelled or refused, for the record.</summary>
    public string? Note { get; init; }
}
