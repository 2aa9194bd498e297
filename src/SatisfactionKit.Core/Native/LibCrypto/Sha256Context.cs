using System.Runtime.CompilerServices;

namespace SatisfactionKit.Native.LibCrypto;

/// <summary>
/// Room for OpenSSL's <c>SHA256_CTX</c> (112 bytes: eight state words, the bit count, one 64-byte
/// block and two counters), rounded up to 128 bytes. It owns no native memory, so it lives on the
/// caller's stack and needs no handle.
/// </summary>
[InlineArray(16)]
internal struct Sha256Context
{
    private ulong _element;
}
