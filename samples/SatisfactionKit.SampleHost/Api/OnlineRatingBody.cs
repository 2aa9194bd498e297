using SatisfactionKit.Ratings;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>The citizen's online rating: the codes on the receipt and the answers to the scheme's form.</summary>
public sealed record OnlineRatingBody(
    string DossierCode,
    string VerificationCode,
    IReadOnlyList<AnswerSubmission> Answers,
    IReadOnlyList<string>? Conditions,
    IReadOnlyList<string>? Reasons,
    string? Comment,
    string? IdempotencyKey);
