using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SatisfactionKit.Enrollment;

/// <summary>
/// The two secrets of a counter device and their hashes. The enrollment code (100 random bits, 20 characters of
/// Crockford base 32 in groups of five, such as <c>7KQ2M-9XW4R-…</c>) is typed or pasted once into the device within
/// its short life; the credential (<c>skd1_</c> and 256 random bits, base64url) is what the device presents ever
/// after. Both are high-entropy, so an unkeyed SHA-256 is enough to store them: nothing can be guessed from a hash.
/// </summary>
public static class CounterDeviceSecrets
{
    /// <summary>What every credential starts with, so that it is recognised (and found by secret scanners).</summary>
    public const string CredentialPrefix = "skd1_";

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new enrollment code: 20 characters (100 bits) in four groups of five.</summary>
    public static string NewEnrollmentCode()
    {
        var chars = new char[23];
        var index = 0;
        for (var i = 0; i < 20; i++)
        {
            if (i > 0 && i % 5 == 0)
            {
                chars[index++] = '-';
            }

            chars[index++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A new credential: <see cref="CredentialPrefix"/> and 32 random bytes, base64url.</summary>
    public static string NewCredential() => CredentialPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The hash of an enrollment code as typed: case, spaces and dashes do not matter, and the letters people confuse
    /// with digits (O, I, L) read as 0, 1, 1.
    /// </summary>
    public static byte[] HashEnrollmentCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = new StringBuilder(code.Length);
        foreach (var c in code.ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            normalized.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes("sk-enrollment-v1\n" + normalized));
    }

    /// <summary>The hash of a credential.</summary>
    public static byte[] HashCredential(string credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return SHA256.HashData(Encoding.UTF8.GetBytes("sk-device-v1\n" + credential));
    }

    /// <summary>Whether <paramref name="value"/> has a credential's shape (prefix and length), before any look-up.</summary>
    public static bool LooksLikeCredential(string? value) =>
        value is { Length: 48 } && value.StartsWith(CredentialPrefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="value"/> could be an enrollment code (at most 64 characters), before any look-up.</summary>
    public static bool LooksLikeEnrollmentCode(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 64;
}
