namespace SatisfactionKit.Integrity;

/// <summary>
/// Walks a chain in sequence order and reports the first broken link. It holds one link at a time,
/// so memory stays constant however long the chain, and reports progress every
/// <see cref="ProgressInterval"/> links.
/// </summary>
public static class ChainVerifier
{
    /// <summary>How many links pass between two progress reports.</summary>
    public const int ProgressInterval = 10_000;

    /// <summary>Verifies the links of one chain, read in ascending sequence order.</summary>
    /// <param name="chainKey">The chain being verified.</param>
    /// <param name="links">The chain's ratings and links, ascending by sequence.</param>
    /// <param name="progress">Receives the number of links checked so far.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async Task<ChainVerificationResult> VerifyAsync(
        string chainKey,
        IAsyncEnumerable<ChainedRating> links,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        long checkedLinks = 0;
        long expectedSequence = 1;
        var previousHash = RatingChain.Genesis.ToArray();
        var encoded = new System.Buffers.ArrayBufferWriter<byte>(1024);
        var hash = new byte[32];

        await foreach (var (rating, link) in links.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            checkedLinks++;
            if (link.Sequence < expectedSequence)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.DuplicateSequence, rating.Id, link.Sequence);
            }

            if (link.Sequence > expectedSequence)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.MissingRating, rating.Id, expectedSequence);
            }

            encoded.ResetWrittenCount();
            RatingEncoding.Encode(rating, encoded);
            RatingChain.ComputeHash(link.ChainKey, link.Sequence, link.PreviousHash, encoded.WrittenSpan, hash);
            if (!hash.AsSpan().SequenceEqual(link.Hash) || link.RatingId != rating.Id || link.ChainKey != chainKey)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.ModifiedRating, rating.Id, link.Sequence);
            }

            if (!link.PreviousHash.AsSpan().SequenceEqual(previousHash))
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.BrokenLink, rating.Id, link.Sequence);
            }

            previousHash = link.Hash;
            expectedSequence++;
            if (checkedLinks % ProgressInterval == 0)
            {
                progress?.Report(checkedLinks);
            }
        }

        progress?.Report(checkedLinks);
        return new ChainVerificationResult(chainKey, checkedLinks);
    }
}
