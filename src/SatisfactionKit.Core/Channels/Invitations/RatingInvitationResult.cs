namespace SatisfactionKit.Channels.Invitations;

/// <summary>What <see cref="IRatingInvitationService.InviteAsync"/> did.</summary>
/// <param name="Outcome">Sent, failed after its tries, or refused before any.</param>
/// <param name="Attempts">Tries made (0 when refused).</param>
/// <param name="ErrorCode">For a refusal: <c>SK_DOSSIER_UNKNOWN</c> or <c>SK_RESULT_NOT_RETURNED</c>; null otherwise.</param>
/// <param name="Message">The refusal in the current UI culture, or the last delivery error of a failed invitation; null when sent.</param>
/// <param name="Link">The signed link sent (null when refused).</param>
public sealed record RatingInvitationResult(RatingInvitationOutcome Outcome, int Attempts, string? ErrorCode, string? Message, Uri? Link);
