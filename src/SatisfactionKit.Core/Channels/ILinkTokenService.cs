namespace SatisfactionKit.Channels;

/// <summary>
/// Signed, expiring tokens for rating links sent by SMS or e-mail. The signature (HMAC-SHA256 with
/// <see cref="ChannelOptions.SigningKey"/>) is checked without a database; tampering and expiry are detected.
/// </summary>
public interface ILinkTokenService
{
    /// <summary>A URL-safe (base64url) token for <paramref name="dossierCode"/>, valid for <see cref="ChannelOptions.LinkValidity"/>.</summary>
    string Create(string dossierCode);

    /// <summary>Checks a token's signature and expiry.</summary>
    LinkTokenValidation Validate(string? token);
}
