using System.Buffers.Binary;
using System.Security.Cryptography;
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
        ArgumentNullException.ThrowIfNull(chainKey);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData("SKCHAIN1"u8);
        Span<byte> number = stackalloc byte[8];
        var key = Encoding.UTF8.GetBytes(chainKey);
        BinaryPrimitives.WriteInt64BigEndian(number, key.Length);
        sha.AppendData(number);
        sha.AppendData(key);
        BinaryPrimitives.WriteInt64BigEndian(number, sequence);
        sha.AppendData(number);
        sha.AppendData(previousHash);
        sha.AppendData(encodedRating);
        return sha.GetHashAndReset();
    }
}
