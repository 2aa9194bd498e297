namespace SatisfactionKit.Server.Endpoints;

/// <summary>A citizen's status look-up: the two codes on the receipt.</summary>
/// <param name="DossierCode">The dossier code.</param>
/// <param name="VerificationCode">The verification code.</param>
public sealed record StatusLookUpBody(string? DossierCode, string? VerificationCode);
