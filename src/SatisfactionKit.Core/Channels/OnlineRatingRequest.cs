using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>A rating from the agency's website: dossier code, the verification code on the receipt, and the answers.</summary>
public sealed record OnlineRatingRequest
{
    /// <summary>The dossier code on the receipt.</summary>
    public required string DossierCode { get; init; }

    /// <summary>The verification code on the receipt, as typed (case, spaces and dashes do not matter).</summary>
    public required string VerificationCode { get; init; }

    /// <summary>Who is asking (the client's IP address), for the per-client limit on wrong codes.</summary>
    public required string ClientKey { get; init; }

    /// <summary>The scheme's code; the default scheme when <see langword="null"/>.</summary>
    public string? SchemeCode { get; init; }

    /// <summary>The answers, one per criterion.</summary>
    public required IReadOnlyList<AnswerSubmission> Answers { get; init; }

    /// <summary>The conditions that hold for the respondent.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>Follow-up reasons chosen after a low answer.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>An optional comment.</summary>
    public string? Comment { get; init; }

    /// <summary>A key unique to this submission, so that a retried post is stored once.</summary>
    public string? IdempotencyKey { get; init; }
}
