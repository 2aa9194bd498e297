using System.Security.Cryptography;
using SatisfactionKit.Native.LibCrypto;

namespace SatisfactionKit.Integrity;

/// <summary>
/// The SHA-256 that link hashes are computed with. On Linux it calls OpenSSL's low-level SHA-256
/// directly: .NET's <see cref="SHA256"/> goes through OpenSSL 3's EVP layer, whose per-call set-up
/// made hashing a link about twice as slow as the compression itself (measured 0.78 µs against
/// 0.46 µs per 500-byte link on the development machine; docs/benchmarks.md, P4). It is used only if
/// the library loads and agrees with <see cref="SHA256"/> on a self-test; otherwise, on other
/// systems, or with the <see cref="DisableSwitch"/> AppContext switch set (for a FIPS-validated
/// provider, which only .NET's path goes through), .NET's <see cref="SHA256"/> is used. Both give the
/// same bytes: SHA-256 is SHA-256.
/// </summary>
internal static class LinkSha256
{
    /// <summary>The AppContext switch that keeps link hashing on .NET's <see cref="SHA256"/>.</summary>
    public const string DisableSwitch = "SatisfactionKit.Integrity.DisableOpenSslSha256";

    private static readonly Lazy<bool> s_openSsl = new(Probe);

    /// <summary>Whether <see cref="Hash"/> calls OpenSSL's low-level SHA-256 in this process.</summary>
    public static bool UsesOpenSsl => s_openSsl.Value;

    /// <summary>Writes SHA-256 of <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (UsesOpenSsl)
        {
            HashWithOpenSsl(data, destination);
        }
        else
        {
            SHA256.HashData(data, destination);
        }
    }

    /// <summary>OpenSSL's low-level SHA-256, whatever <see cref="UsesOpenSsl"/> says; for the self-test and the tests.</summary>
    internal static void HashWithOpenSsl(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < SHA256.HashSizeInBytes)
        {
            throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        }

        var context = default(Sha256Context);
        if (LibCrypto.Sha256Init(ref context) != 1
            || LibCrypto.Sha256Update(ref context, data, (nuint)data.Length) != 1
            || LibCrypto.Sha256Final(destination, ref context) != 1)
        {
            throw new CryptographicException("OpenSSL's SHA-256 failed.");
        }
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || (AppContext.TryGetSwitch(DisableSwitch, out var disabled) && disabled))
        {
            return false;
        }

        try
        {
            // Lengths around the 64-byte block and its 56-byte padding limit, and a link's size.
            Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
            Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
            var data = new byte[1000];
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 7 + 3);
            }

            foreach (var length in (ReadOnlySpan<int>)[0, 1, 55, 56, 63, 64, 65, 119, 120, 500, 1000])
            {
                SHA256.HashData(data.AsSpan(0, length), expected);
                HashWithOpenSsl(data.AsSpan(0, length), actual);
                if (!actual.SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or CryptographicException or BadImageFormatException)
        {
            return false;
        }
    }
}
