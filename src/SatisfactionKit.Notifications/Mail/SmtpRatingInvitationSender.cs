using System.Net;
using SatisfactionKit.Channels;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Notifications.Mail;

/// <summary>Sends e-mail invitations (<see cref="RatingChannel.Email"/>) through SMTP; text and HTML with the signed link.</summary>
internal sealed class SmtpRatingInvitationSender(SmtpMailer mailer) : IRatingInvitationSender
{
    public bool CanSend(RatingChannel channel) => channel == RatingChannel.Email;

    public async ValueTask SendAsync(RatingInvitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var link = WebUtility.HtmlEncode(invitation.Link.AbsoluteUri);
        var html = $"<p>{WebUtility.HtmlEncode(invitation.Text)}</p><p><a href=\"{link}\">{link}</a></p>";
        await mailer.SendAsync(invitation.Recipient, invitation.Subject ?? invitation.DossierCode, invitation.Text, html, cancellationToken).ConfigureAwait(false);
    }
}
