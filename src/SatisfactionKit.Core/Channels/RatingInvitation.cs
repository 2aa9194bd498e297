using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels;

/// <summary>An invitation to rate a dossier, to be sent by the vendor.</summary>
/// <param name="DossierCode">The dossier.</param>
/// <param name="Recipient">A phone number or an e-mail address.</param>
/// <param name="Channel"><see cref="RatingChannel.Sms"/> or <see cref="RatingChannel.Email"/>.</param>
/// <param name="Link">The rating link, with its signed token.</param>
/// <param name="Text">The message text.</param>
public sealed record RatingInvitation(string DossierCode, string Recipient, RatingChannel Channel, Uri Link, string Text)
{
    /// <summary>The subject line of an e-mail invitation; null for SMS (senders then use their own).</summary>
    public string? Subject { get; init; }
}
