using SatisfactionKit.Ratings;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>The citizen's online rating: the codes on the receipt and the answers to the scheme's form.</summary>
/// <param name="DossierCode">The dossier code on the receipt.</param>
/// <param name="VerificationCode">The verification code on the receipt.</param>
/// <param name="Answers">One answer per criterion of the scheme.</param>
/// <param name="Conditions">Condition codes (SIPAS), if any.</param>
/// <param name="Reasons">Follow-up reason codes, if any.</param>
/// <param name="Comment">A free comment.</param>
/// <param name="IdempotencyKey">The form's own key, so that a retried submission is stored once.</param>
public sealed record OnlineRatingBody(
    string? DossierCode,
    string? VerificationCode,
    IReadOnlyList<AnswerSubmission>? Answers,
    IReadOnlyList<string>? Conditions,
    IReadOnlyList<string>? Reasons,
    string? Comment,
    string? IdempotencyKey);
