using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>Sends rating invitations (SMS gateway, mail server). The vendor implements it; <see cref="FileRatingInvitationSender"/> serves samples and tests.</summary>
public interface IRatingInvitationSender
{
    /// <summary>Sends <paramref name="invitation"/>.</summary>
    /// <remarks>
    /// Throw <c>SatisfactionKit.Channels.Invitations.RatingInvitationDeliveryException</c> with <c>isPermanent: true</c> when trying
    /// again cannot help (an unknown mailbox); any other exception is retried by the invitation service.
    /// </remarks>
    ValueTask SendAsync(RatingInvitation invitation, CancellationToken cancellationToken = default);

    /// <summary>Whether this sender handles <paramref name="channel"/>; by default every channel.</summary>
    bool CanSend(RatingChannel channel) => true;
}
