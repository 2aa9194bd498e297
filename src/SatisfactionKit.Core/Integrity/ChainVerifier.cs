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
        using var hasher = new LinkHasher();
        var hash = new byte[32];

        await foreach (var chained in links.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var (rating, link) = (chained.Rating, chained.Link);
            checkedLinks++;
            if (link.Sequence < expectedSequence)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.DuplicateSequence, rating.Id, link.Sequence);
            }

            if (link.Sequence > expectedSequence)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.MissingRating, rating.Id, expectedSequence);
            }

            hasher.Compute(link.ChainKey, link.Sequence, link.PreviousHash, rating, hash);
            // The link's encoding version is what the hash was computed under; one this verifier did not hash with (only
            // version 1 exists) is a changed row, not a link to skip.
            if (!hash.AsSpan().SequenceEqual(link.Hash) || link.RatingId != rating.Id || link.ChainKey != chainKey || !chained.StoredColumnsAgree
                || link.EncodingVersion != RatingEncoding.CurrentVersion)
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

    /// <summary>
    /// Verifies several chains at once, up to <see cref="ChainVerificationOptions.MaxDegreeOfParallelism"/>
    /// at a time. Chains are independent, so each result is exactly what <see cref="VerifyAsync"/> gives
    /// for that chain alone, first break included.
    /// </summary>
    /// <param name="chainKeys">The chains to verify.</param>
    /// <param name="readChain">Opens one chain's ratings and links, ascending by sequence; called once per chain, when its turn comes.</param>
    /// <param name="options">The parallelism; by default one chain per processor.</param>
    /// <param name="progress">Receives the number of links checked so far over all chains. Reports of chains verified at the same time may arrive out of order.</param>
    /// <param name="cancellationToken">Stops every walk.</param>
    /// <returns>One result per chain, in the order of <paramref name="chainKeys"/>.</returns>
    public static async Task<IReadOnlyList<ChainVerificationResult>> VerifyAllAsync(
        IReadOnlyList<string> chainKeys,
        Func<string, CancellationToken, IAsyncEnumerable<ChainedRating>> readChain,
        ChainVerificationOptions? options = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chainKeys);
        ArgumentNullException.ThrowIfNull(readChain);
        var results = new ChainVerificationResult[chainKeys.Count];
        var total = new ProgressTotal(progress);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options?.MaxDegreeOfParallelism ?? Environment.ProcessorCount),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, chainKeys.Count), parallel, async (i, ct) =>
        {
            var chainKey = chainKeys[i];
            results[i] = await VerifyAsync(chainKey, readChain(chainKey, ct), total.ForChain(), ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>Adds up the progress of chains verified at the same time into one running total.</summary>
    private sealed class ProgressTotal(IProgress<long>? progress)
    {
        private long _links;

        public IProgress<long>? ForChain() => progress is null ? null : new Chain(this);

        private sealed class Chain(ProgressTotal total) : IProgress<long>
        {
            private long _reported;

            public void Report(long value)
            {
                // A chain reports its own count; the total grows by what this chain checked since its last report.
                var links = Interlocked.Add(ref total._links, value - _reported);
                _reported = value;
                total.Report(links);
            }
        }

        private void Report(long links) => progress!.Report(links);
    }
}
