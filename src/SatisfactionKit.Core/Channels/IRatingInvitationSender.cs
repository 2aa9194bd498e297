namespace SatisfactionKit.Channels;

/// <summary>Sends rating invitations (SMS gateway, mail server). The vendor implements it; <see cref="FileRatingInvitationSender"/> serves samples and tests.</summary>
public interface IRatingInvitationSender
{
    /// <summary>Sends <paramref name="invitation"/>.</summary>
    ValueTask SendAsync(RatingInvitation invitation, CancellationToken cancellationToken = default);
}
