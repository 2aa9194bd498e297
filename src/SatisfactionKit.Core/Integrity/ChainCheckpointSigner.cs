using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SatisfactionKit.Integrity;

/// <summary>
/// Signs and checks <see cref="ChainCheckpoint"/>s with HMAC-SHA256. Keep the key out of the
/// database the ratings are in (a key vault, the machine's key store, an environment variable), or
/// the checkpoint proves nothing against the database's administrator.
/// </summary>
public sealed class ChainCheckpointSigner
{
    private readonly byte[] _key;

    /// <summary>Creates a signer with a key of at least 32 bytes.</summary>
    /// <exception cref="ArgumentException">The key is shorter than 32 bytes.</exception>
    public ChainCheckpointSigner(string keyId, ReadOnlySpan<byte> key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        if (key.Length < 32)
        {
            throw new ArgumentException("Khóa ký điểm kiểm tra phải dài ít nhất 32 byte. / The checkpoint key must be at least 32 bytes.", nameof(key));
        }

        KeyId = keyId;
        _key = key.ToArray();
    }

    /// <summary>The key's identifier, written into each checkpoint.</summary>
    public string KeyId { get; }

    /// <summary>Signs the head <paramref name="head"/> of its chain at <paramref name="now"/>.</summary>
    public ChainCheckpoint Sign(ChainLink head, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(head);
        var hash = Convert.ToBase64String(head.Hash);
        return new ChainCheckpoint(head.ChainKey, head.Sequence, hash, now, KeyId, Mac(head.ChainKey, head.Sequence, hash, now, KeyId));
    }

    /// <summary>Whether the checkpoint's signature is this key's, over exactly its fields.</summary>
    public bool IsAuthentic(ChainCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.KeyId != KeyId)
        {
            return false;
        }

        var expected = Convert.FromBase64String(Mac(checkpoint.ChainKey, checkpoint.Sequence, checkpoint.Hash, checkpoint.CreatedAt, checkpoint.KeyId));
        Span<byte> given = stackalloc byte[64];
        return Convert.TryFromBase64String(checkpoint.Signature, given, out var length) &&
               CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }

    /// <summary>
    /// Checks a chain's link at the checkpoint's sequence against an authentic checkpoint; a
    /// rewritten chain no longer has the signed hash there.
    /// </summary>
    public ChainVerificationResult Check(ChainCheckpoint checkpoint, ChainLink? linkAtSequence)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var matches = IsAuthentic(checkpoint) && linkAtSequence is not null &&
                      linkAtSequence.ChainKey == checkpoint.ChainKey && linkAtSequence.Sequence == checkpoint.Sequence &&
                      Convert.ToBase64String(linkAtSequence.Hash) == checkpoint.Hash;
        return matches
            ? new ChainVerificationResult(checkpoint.ChainKey, 1)
            : new ChainVerificationResult(checkpoint.ChainKey, 1, ChainBreak.CheckpointMismatch, linkAtSequence?.RatingId, checkpoint.Sequence);
    }

    private string Mac(string chainKey, long sequence, string hash, DateTimeOffset createdAt, string keyId)
    {
        var text = string.Join('\n', "SKCHECKPOINT1", keyId, chainKey, sequence.ToString(CultureInfo.InvariantCulture), hash, createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        return Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
    }
}
