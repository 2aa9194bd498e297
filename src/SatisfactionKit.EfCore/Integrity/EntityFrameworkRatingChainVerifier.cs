using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// <see cref="IRatingChainVerifier"/> over <typeparamref name="TContext"/>: feeds Core's
/// <see cref="ChainVerifier"/> a chain read page by page in sequence order, then checks the chain's
/// tail against its recorded head and, when asked, its link against a signed checkpoint. Pages are
/// read by the <see cref="IChainPageSource"/> (portable data readers, or a provider's faster path such as
/// PostgreSQL's binary COPY) while the pages before are hashed (<see cref="ChainWalk"/>), and
/// <see cref="VerifyAllAsync"/> verifies chains in parallel, each on its own context and connection.
/// </summary>
internal sealed class EntityFrameworkRatingChainVerifier<TContext>(IServiceScopeFactory scopes, ChainCheckpointKeys keys, IOptions<ChainVerificationOptions> options, IChainPageSource pages, IChainScanSource scan) : IRatingChainVerifier
    where TContext : DbContext
{
    public async Task<IReadOnlyList<string>> GetChainKeysAsync(CancellationToken cancellationToken = default)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            return await ChainKeysAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<ChainVerificationResult> VerifyAsync(string chainKey, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(chainKey);
        return VerifyCoreAsync(chainKey, null, null, progress, cancellationToken);
    }

    public Task<ChainVerificationResult> VerifyAgainstCheckpointAsync(ChainCheckpoint checkpoint, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return VerifyCoreAsync(checkpoint.ChainKey, checkpoint, keys.Signer(), progress, cancellationToken);
    }

    public async Task<IReadOnlyList<ChainVerificationResult>> VerifyAllAsync(IReadOnlyCollection<ChainCheckpoint>? checkpoints = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var signer = checkpoints is { Count: > 0 } ? keys.Signer() : null;
        var byChain = (checkpoints ?? []).GroupBy(c => c.ChainKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Sequence)!, StringComparer.Ordinal);
        var degree = Math.Max(1, options.Value.MaxDegreeOfParallelism);
        // The scan reports the ratings it has hashed; the walks after it add theirs to the links of the chains it confirmed.
        var (scanned, chainKeys) = await ScanAsync(byChain, signer, degree, progress, cancellationToken).ConfigureAwait(false);
        var done = scanned.Values.Sum();
        var chains = chainKeys.Union(byChain.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);

        string[] ordered = [.. chains];
        var results = new ChainVerificationResult[ordered.Length];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = degree,
            CancellationToken = cancellationToken,
        };

        // Chains are independent: each is walked on its own scope, context and connection, and its
        // result is the one VerifyAsync gives alone. Progress is the running total over all chains.
        // A chain the scan found intact is not walked again: the walk would find it intact with as many links.
        await Parallel.ForEachAsync(Enumerable.Range(0, ordered.Length), parallel, async (i, ct) =>
        {
            if (scanned.TryGetValue(ordered[i], out var links))
            {
                results[i] = new ChainVerificationResult(ordered[i], links);
                return;
            }

            long reported = 0;
            var chainProgress = progress is null ? null : new Progress(n =>
            {
                var total = Interlocked.Add(ref done, n - reported);
                reported = n;
                progress.Report(total);
            });
            results[i] = await VerifyCoreAsync(ordered[i], byChain.GetValueOrDefault(ordered[i]), signer, chainProgress, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        return results;
    }

    private async Task<ChainVerificationResult> VerifyCoreAsync(string chainKey, ChainCheckpoint? checkpoint, ChainCheckpointSigner? signer, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            if (RecordChains.KindOf(chainKey) != ChainKind.Ratings)
            {
                // Prompt records and stray presses, which the response report counts: chains of their own per unit.
                return await RecordChainVerification.VerifyAsync(context, chainKey, checkpoint, signer, progress, cancellationToken).ConfigureAwait(false);
            }

            var heads = context.Set<ChainHeadEntity>().AsNoTracking().Where(h => h.ChainKey == chainKey);
            var head = await heads.Select(h => new { h.Sequence, h.Hash }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

            // Walk up to the head read now; ratings appended meanwhile are the next verification's.
            var walk = new ChainWalk(pages, checkpoint?.Sequence);
            // Without a head, walk to the highest sequence stored (pages are sequence ranges).
            var last = head?.Sequence ?? await context.Set<RatingEntity>().AsNoTracking().Where(r => r.ChainKey == chainKey)
                .MaxAsync(r => (long?)r.ChainSequence, cancellationToken).ConfigureAwait(false) ?? 0;
            var links = walk.ReadAsync(context, chainKey, last, cancellationToken);
            var result = await ChainVerifier.VerifyAsync(chainKey, links, progress, cancellationToken).ConfigureAwait(false);
            if (!result.IsIntact)
            {
                // A link whose hash fails and that does not follow the link before it was moved or
                // forged, not edited in place: say so.
                return result.Break == ChainBreak.ModifiedRating && !walk.CurrentFollowsPrevious ? result with { Break = ChainBreak.BrokenLink } : result;
            }

            var checkedLinks = result.LinksChecked;
            if (head is null ? checkedLinks > 0 : checkedLinks < head.Sequence)
            {
                // The tail was cut: the head (or, without a head, nothing) says more links existed.
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.MissingRating, null, checkedLinks + 1);
            }

            if (head is not null && checkedLinks > 0 && !head.Hash.AsSpan().SequenceEqual(walk.LastHash))
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.ModifiedRating, walk.LastRatingId, checkedLinks);
            }

            // A rating forged onto the tail, past the head, in one statement so that a rating
            // appended concurrently (which moves the head in its own transaction) is never mistaken for one.
            var forged = await context.Set<RatingEntity>().AsNoTracking()
                .Where(r => r.ChainKey == chainKey && r.ChainSequence > heads.Select(h => h.Sequence).FirstOrDefault())
                .OrderBy(r => r.ChainSequence).Select(r => new { r.Id, r.ChainSequence }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (forged is not null)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.BrokenLink, forged.Id, forged.ChainSequence);
            }

            if (checkpoint is not null && signer is not null && !signer.Check(checkpoint, walk.Watched).IsIntact)
            {
                return new ChainVerificationResult(chainKey, checkedLinks, ChainBreak.CheckpointMismatch, walk.Watched?.RatingId, checkpoint.Sequence);
            }

            return result;
        }
    }

    /// <summary>
    /// With a provider's scan (<see cref="IChainScanSource"/>): every rating chain checked in one pass of the tables
    /// (<see cref="ChainScan"/>), the chains found intact with their link counts, and every chain key. Without one: no
    /// chain confirmed, and the keys as <see cref="GetChainKeysAsync"/> lists them.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, long> Intact, IReadOnlyCollection<string> Keys)> ScanAsync(
        Dictionary<string, ChainCheckpoint> checkpoints, ChainCheckpointSigner? signer, int parallelism, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            if (!scan.CanScan(context))
            {
                return (new Dictionary<string, long>(), await ChainKeysAsync(context, cancellationToken).ConfigureAwait(false));
            }

            var outcome = await ChainScan.RunAsync(context, scan, checkpoints, signer, parallelism, progress, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                // The scan gave up (rows too far out of order): every chain is walked.
                return (new Dictionary<string, long>(), await ChainKeysAsync(context, cancellationToken).ConfigureAwait(false));
            }

            var records = await RecordChainVerification.ChainKeysAsync(context, cancellationToken).ConfigureAwait(false);
            return (outcome.Intact, [.. outcome.ChainKeys.Union(records, StringComparer.Ordinal)]);
        }
    }

    internal static async Task<IReadOnlyList<string>> ChainKeysAsync(DbContext context, CancellationToken cancellationToken)
    {
        var fromHeads = await context.Set<ChainHeadEntity>().AsNoTracking().Select(h => h.ChainKey).ToListAsync(cancellationToken).ConfigureAwait(false);
        var fromRatings = await context.Set<RatingEntity>().AsNoTracking().Select(r => r.ChainKey).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var fromRecords = await RecordChainVerification.ChainKeysAsync(context, cancellationToken).ConfigureAwait(false);
        return [.. fromHeads.Union(fromRatings, StringComparer.Ordinal).Union(fromRecords, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
