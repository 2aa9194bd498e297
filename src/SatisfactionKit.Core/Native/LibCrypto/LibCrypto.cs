using System.Runtime.InteropServices;

namespace SatisfactionKit.Native.LibCrypto;

/// <summary>
/// OpenSSL's low-level SHA-256 calls (<c>SHA256_Init</c>, <c>SHA256_Update</c>, <c>SHA256_Final</c>),
/// present in OpenSSL 1.1 and, deprecated but exported, in 3.x. They run the same compression code
/// (SHA extensions where the CPU has them) without the EVP layer's per-call provider set-up, which on
/// OpenSSL 3 costs more than hashing a 500-byte link (openssl/openssl#19612).
/// </summary>
internal static partial class LibCrypto
{
    public const string Name = NativeLibraryResolver.LibCrypto;

    static LibCrypto() => NativeLibraryResolver.Ensure();

    [LibraryImport(Name, EntryPoint = "SHA256_Init")]
    public static partial int Sha256Init(ref Sha256Context context);

    [LibraryImport(Name, EntryPoint = "SHA256_Update")]
    public static partial int Sha256Update(ref Sha256Context context, ReadOnlySpan<byte> data, nuint length);

    [LibraryImport(Name, EntryPoint = "SHA256_Final")]
    public static partial int Sha256Final(Span<byte> digest, ref Sha256Context context);
}
