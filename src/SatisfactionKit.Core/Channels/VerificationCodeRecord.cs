namespace SatisfactionKit.Channels;

/// <summary>A dossier's verification code as stored: only its keyed hash, never the code.</summary>
/// <param name="DossierCode">The dossier's code.</param>
/// <param name="CodeHash">HMAC-SHA256 of the dossier code and the normalised verification code (32 bytes).</param>
/// <param name="IssuedAt">When the code was issued.</param>
public sealed record VerificationCodeRecord(string DossierCode, byte[] CodeHash, DateTimeOffset IssuedAt);
