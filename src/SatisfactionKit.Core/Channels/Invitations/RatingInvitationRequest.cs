using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Invitations;

/// <summary>An invitation to send, when the dossier's result has been returned.</summary>
/// <param name="DossierCode">The dossier whose result was returned.</param>
/// <param name="Recipient">The applicant's phone number (for <see cref="RatingChannel.Sms"/>) or e-mail address (for <see cref="RatingChannel.Email"/>). Used to send, never stored.</param>
/// <param name="Channel"><see cref="RatingChannel.Sms"/> or <see cref="RatingChannel.Email"/>: the channel the rating is expected on.</param>
public sealed record RatingInvitationRequest(string DossierCode, string Recipient, RatingChannel Channel);
