using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Integrity;

/// <summary>
/// The hash chain ratings are appended to. Each link's hash covers its chain, its sequence number,
/// the previous link's hash and the rating, so that a changed field, a removed, inserted or moved
/// rating all break the chain from that point on.
/// </summary>
public static class RatingChain
{
    /// <summary>The previous hash of a chain's first link.</summary>
    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[32];

    /// <summary>The chain a rating belongs to: its unit, or its topic survey.</summary>
    public static string ChainKeyOf(Rating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return rating.Dossier?.UnitCode ?? $"survey:{rating.SurveyId}";
    }

    /// <summary>Makes the link that appends <paramref name="rating"/> after <paramref name="previous"/> (or starts the chain when it is <see langword="null"/>).</summary>
    public static ChainLink Append(ChainLink? previous, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var key = ChainKeyOf(rating);
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? Genesis.ToArray();
        return new ChainLink(rating.Id, key, sequence, previousHash, ComputeHash(key, sequence, previousHash, RatingEncoding.Encode(rating)));
    }

    /// <summary>SHA-256 of <c>"SKCHAIN1" | chain key | sequence | previous hash | encoded rating</c>.</summary>
    public static byte[] ComputeHash(string chainKey, long sequence, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> encodedRating)
    {
        var hash = new byte[32];
        ComputeHash(chainKey, sequence, previousHash, encodedRating, hash);
        return hash;
    }

    /// <summary>Writes the link hash into <paramref name="destination"/> (32 bytes) without allocating for small inputs.</summary>
    public static void ComputeHash(string chainKey, long sequence, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> encodedRating, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(chainKey);
        var keyLength = Encoding.UTF8.GetByteCount(chainKey);
        var length = Prefix.Length + 8 + keyLength + 8 + previousHash.Length + encodedRating.Length;
        byte[]? rented = null;
        var buffer = length <= 1024 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            // One contiguous input and one call: the per-call set-up, not the input's length, dominates at this size.
            var at = 0;
            Prefix.CopyTo(buffer);
            at += Prefix.Length;
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], keyLength);
            at += 8;
            at += Encoding.UTF8.GetBytes(chainKey, buffer[at..]);
            BinaryPrimitives.WriteInt64BigEndian(buffer[at..], sequence);
            at += 8;
            previousHash.CopyTo(buffer[at..]);
            at += previousHash.Length;
            encodedRating.CopyTo(buffer[at..]);
            LinkSha256.Hash(buffer, destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ReadOnlySpan<byte> Prefix => "SKCHAIN1"u8;
}
