namespace SatisfactionKit.Integrity;

/// <summary>
/// A rating's place in its chain: the chain (one per unit, so that units append concurrently), its
/// sequence number from 1, the previous link's hash and its own.
/// </summary>
/// <param name="RatingId">The rating.</param>
/// <param name="ChainKey">The chain: the rating's unit code, or <c>survey:{id}</c> for topic surveys.</param>
/// <param name="Sequence">Its position in the chain, from 1 with no gaps.</param>
/// <param name="PreviousHash">The hash of the link before it; 32 zero bytes for the first.</param>
/// <param name="Hash">SHA-256 over the link header, <paramref name="PreviousHash"/> and the rating's canonical encoding.</param>
/// <param name="EncodingVersion">The <see cref="RatingEncoding"/> version hashed.</param>
public sealed record ChainLink(Guid RatingId, string ChainKey, long Sequence, byte[] PreviousHash, byte[] Hash, byte EncodingVersion = RatingEncoding.CurrentVersion);
