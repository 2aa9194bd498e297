using System.Security.Cryptography;
using System.Text;

namespace SatisfactionKit.Channels;

/// <summary>Generating, normalising and hashing verification codes.</summary>
internal static class VerificationCodes
{
    /// <summary>Digits and capitals without 0/O, 1/I/L, which are misread on printed receipts: 31 symbols.</summary>
    internal const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>10 symbols of 31 carry 10 × log2(31) ≈ 49.5 bits, above the 40 required.</summary>
    internal const int Length = 10;

    public static string Generate()
    {
        Span<char> chars = stackalloc char[Length];
        RandomNumberGenerator.GetItems(Alphabet, chars);
        return string.Concat(chars[..5], "-", chars[5..]);
    }

    /// <summary>What the citizen typed, upper-cased, without spaces or dashes.</summary>
    public static string Normalize(string? typed) =>
        typed is null ? string.Empty : new string([.. typed.Where(c => c is not (' ' or '-' or '\t')).Select(char.ToUpperInvariant)]);

    /// <summary>
    /// HMAC-SHA256 over the dossier code and the normalised code: binding the dossier in means a hash
    /// copied onto another dossier's row does not verify.
    /// </summary>
    public static byte[] Hash(byte[] key, string dossierCode, string normalizedCode) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"sk-code-v1\n{dossierCode}\n{normalizedCode}"));
}
