using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Stores;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// <see cref="IRatingChainVerifier"/> over <typeparamref name="TContext"/>: feeds Core's
/// <see cref="ChainVerifier"/> a chain read page by page in sequence order, then checks the chain's
/// tail against its recorded head and, when asked, its link against a signed checkpoint.
/// </summary>
internal sealed class EntityFrameworkRatingChainVerifier<TContext>(IServiceScopeFactory scopes, ChainCheckpointKeys keys) : IRatingChainVerifier
    where TContext : DbContext
{
    /// <summary>Ratings read per query: large enough that round trips do not dominate, small enough that memory stays flat.</summary>
    internal const int PageSize = 2_000;

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
        var chains = (await GetChainKeysAsync(cancellationToken).ConfigureAwait(false)).Union(byChain.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);

        var results = new List<ChainVerificationResult>();
        long done = 0;
        foreach (var chainKey in chains)
        {
            var offset = done;
            var chainProgress = progress is null ? null : new Progress(n => progress.Report(offset + n));
            var result = await VerifyCoreAsync(chainKey, byChain.GetValueOrDefault(chainKey), signer, chainProgress, cancellationToken).ConfigureAwait(false);
            done += result.LinksChecked;
            results.Add(result);
        }

        return results;
    }

    private async Task<ChainVerificationResult> VerifyCoreAsync(string chainKey, ChainCheckpoint? checkpoint, ChainCheckpointSigner? signer, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var heads = context.Set<ChainHeadEntity>().AsNoTracking().Where(h => h.ChainKey == chainKey);
            var head = await heads.Select(h => new { h.Sequence, h.Hash }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

            // Walk up to the head read now; ratings appended meanwhile are the next verification's.
            var walk = new ChainWalk(checkpoint?.Sequence);
            var links = walk.ReadAsync(context, chainKey, head?.Sequence ?? long.MaxValue, cancellationToken);
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

    internal static async Task<IReadOnlyList<string>> ChainKeysAsync(DbContext context, CancellationToken cancellationToken)
    {
        var fromHeads = await context.Set<ChainHeadEntity>().AsNoTracking().Select(h => h.ChainKey).ToListAsync(cancellationToken).ConfigureAwait(false);
        var fromRatings = await context.Set<RatingEntity>().AsNoTracking().Select(r => r.ChainKey).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. fromHeads.Union(fromRatings, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>Reads one chain a page at a time and remembers what the checks after the walk need.</summary>
    private sealed class ChainWalk(long? watchedSequence)
    {
        private byte[] _previousHash = RatingChain.Genesis.ToArray();

        public bool CurrentFollowsPrevious { get; private set; } = true;

        public byte[] LastHash => _previousHash;

        public Guid? LastRatingId { get; private set; }

        public ChainLink? Watched { get; private set; }

        public async IAsyncEnumerable<ChainedRating> ReadAsync(DbContext context, string chainKey, long last, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var ratings = context.Set<RatingEntity>().AsNoTracking();
            long after = 0;
            while (true)
            {
                var from = after;
                var page = await ratings.Where(r => r.ChainKey == chainKey && r.ChainSequence > from && r.ChainSequence <= last)
                    .OrderBy(r => r.ChainSequence).ThenBy(r => r.Id).Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    yield break;
                }

                var to = page[^1].ChainSequence;
                var inPage = ratings.Where(r => r.ChainKey == chainKey && r.ChainSequence > from && r.ChainSequence <= to);
                var answers = (await context.Set<RatingAnswerEntity>().AsNoTracking()
                    .Join(inPage, a => a.RatingId, r => r.Id, (a, _) => a).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(a => a.RatingId);
                var choices = (await context.Set<RatingChoiceEntity>().AsNoTracking()
                    .Join(inPage, c => c.RatingId, r => r.Id, (c, _) => c).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.RatingId);

                foreach (var entity in page)
                {
                    entity.Answers = [.. answers[entity.Id]];
                    entity.Choices = [.. choices[entity.Id]];
                    var link = new ChainLink(entity.Id, entity.ChainKey, entity.ChainSequence, entity.PreviousHash, entity.Hash, entity.EncodingVersion);
                    CurrentFollowsPrevious = entity.PreviousHash.AsSpan().SequenceEqual(_previousHash);
                    _previousHash = entity.Hash;
                    LastRatingId = entity.Id;
                    if (entity.ChainSequence == watchedSequence)
                    {
                        Watched = link;
                    }

                    yield return new ChainedRating(RatingMapper.ToRating(entity), link);
                }

                if (page.Count < PageSize)
                {
                    yield break;
                }

                after = to;
            }
        }
    }
}
