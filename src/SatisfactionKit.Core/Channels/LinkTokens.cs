using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using SatisfactionKit.Localization;

namespace SatisfactionKit.Channels;

/// <summary>The default <see cref="ILinkTokenService"/>: <c>base64url(payload).base64url(HMAC-SHA256)</c>.</summary>
internal sealed class LinkTokens(IOptionsMonitor<ChannelOptions> options, TimeProvider timeProvider) : ILinkTokenService
{
    // A different prefix from the code hashes', so that a value signed for one use is never valid for the other.
    private const string Domain = "sk-link-v1\n";

    private byte[] Key => ChannelOptionsValidator.TryDecodeKey(options.CurrentValue.SigningKey)
        ?? throw new InvalidOperationException(Messages.Bilingual(ErrorCodes.OptionInvalid, nameof(ChannelOptions.SigningKey)));

    public string Create(string dossierCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierCode);
        if (dossierCode.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("A dossier code has no line breaks.", nameof(dossierCode));
        }

        var expires = (timeProvider.GetUtcNow() + options.CurrentValue.LinkValidity).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes($"{dossierCode}\n{expires.ToString(CultureInfo.InvariantCulture)}");
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    public LinkTokenValidation Validate(string? token)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 2 || !TryDecode(parts[0], out var payload) || !TryDecode(parts[1], out var signature) ||
            !CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
        {
            return LinkTokenValidation.Invalid(Failure(ErrorCodes.LinkTokenInvalid));
        }

        // The signature held, so the payload is ours and well formed.
        var text = Encoding.UTF8.GetString(payload);
        var cut = text.LastIndexOf('\n');
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(text.AsSpan(cut + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        return timeProvider.GetUtcNow() > expires
            ? LinkTokenValidation.Invalid(Failure(ErrorCodes.LinkTokenExpired))
            : LinkTokenValidation.Valid(text[..cut], expires);
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(Key, (byte[])[.. Encoding.UTF8.GetBytes(Domain), .. payload]);

    private static bool TryDecode(string part, out byte[] bytes)
    {
        bytes = [];
        if (part.Length == 0 || !Base64Url.IsValid(part))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(part);
        return true;
    }

    private static ValidationFailure Failure(string code) => new("Token", Messages.Current(code)) { ErrorCode = code };
}
