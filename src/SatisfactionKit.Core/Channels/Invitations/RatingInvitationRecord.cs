using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Invitations;

/// <summary>
/// One invitation as recorded: for the audit ("was this citizen invited?") and for the response rate per
/// channel. The recipient is not kept (the one-stop software already holds it).
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="DossierCode">The dossier.</param>
/// <param name="UnitCode">The dossier's unit, from the one-stop software, for per-unit response rates.</param>
/// <param name="ProcedureCode">The dossier's procedure.</param>
/// <param name="Channel"><see cref="RatingChannel.Sms"/> or <see cref="RatingChannel.Email"/>.</param>
/// <param name="Outcome"><see cref="RatingInvitationOutcome.Sent"/> or <see cref="RatingInvitationOutcome.Failed"/>.</param>
/// <param name="Attempts">How many tries were made.</param>
/// <param name="FailureReason">The last error, for a failed invitation (at most 500 characters); null when sent.</param>
/// <param name="At">When the last try ended.</param>
public sealed record RatingInvitationRecord(
    Guid Id,
    string DossierCode,
    string UnitCode,
    string? ProcedureCode,
    RatingChannel Channel,
    RatingInvitationOutcome Outcome,
    int Attempts,
    string? FailureReason,
    DateTimeOffset At)
{
    /// <summary>The longest failure reason kept.</summary>
    public const int MaxFailureReasonLength = 500;
}
