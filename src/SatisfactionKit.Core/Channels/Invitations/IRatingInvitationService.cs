namespace SatisfactionKit.Channels.Invitations;

/// <summary>
/// Sends a rating invitation (the signed link, by e-mail or SMS) when a dossier's result is returned,
/// retrying with a doubling wait, and records what became of it. Registered by
/// <c>AddChannels(…).AddRatingInvitations(…)</c>; the vendor calls it from the place where the one-stop
/// software marks a result returned (or from a job that polls for such dossiers).
/// </summary>
public interface IRatingInvitationService
{
    /// <summary>
    /// Checks the dossier with the vendor's <see cref="IDossierStatusSource"/> (unknown →
    /// <c>SK_DOSSIER_UNKNOWN</c>, result not returned → <c>SK_RESULT_NOT_RETURNED</c>, neither sent nor
    /// recorded), then sends through the first registered <see cref="IRatingInvitationSender"/> that
    /// handles the channel, up to <see cref="RatingInvitationOptions.MaxAttempts"/> times, and records the
    /// outcome. Waits between tries (2 s, 4 s, 8 s… by default) happen inside the call: run it off the
    /// request path, e.g. from a queue or background job.
    /// </summary>
    /// <exception cref="ArgumentException">The channel is neither SMS nor e-mail, or the recipient or dossier code is empty.</exception>
    ValueTask<RatingInvitationResult> InviteAsync(RatingInvitationRequest request, CancellationToken cancellationToken = default);
}
