using System.Buffers;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;

namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>
/// Verifies one chain of prompt records or stray presses (<see cref="RecordChains"/>) as ratings' chains are
/// verified: in sequence order a page at a time, each row's hash recomputed from the columns it holds now,
/// each link checked against the one before, the tail against the recorded head, nothing forged past the
/// head, and, when asked, the link at a signed checkpoint. Then the rows of the chain's unit stored without
/// a link (before the table was chained, or inserted around the store) are reported: reports count them,
/// and the chain cannot vouch for them.
/// </summary>
internal sealed class RecordChainWalk<TEntity>(string chainKey, string? unitCode, byte encodingVersion, Func<TEntity, StoredLink> linkOf, Action<TEntity, ArrayBufferWriter<byte>> encode)
    where TEntity : class
{
    private const string ChainKeyColumn = "ChainKey";
    private const string SequenceColumn = "ChainSequence";

    /// <summary>Sequence numbers read per page, as for ratings: memory stays flat, round trips do not dominate.</summary>
    internal const int PageSize = 4_000;

    public async Task<ChainVerificationResult> VerifyAsync(DbContext context, ChainCheckpoint? checkpoint, ChainCheckpointSigner? signer, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var key = chainKey;
        var heads = context.Set<ChainHeadEntity>().AsNoTracking().Where(h => h.ChainKey == key);
        var head = await heads.Select(h => new { h.Sequence, h.Hash }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var chain = Rows(context).Where(e => EF.Property<string?>(e, ChainKeyColumn) == key);
        var last = head?.Sequence ?? await chain.MaxAsync(e => EF.Property<long?>(e, SequenceColumn), cancellationToken).ConfigureAwait(false) ?? 0;

        long read = 0;
        long expected = 1;
        var previousHash = RatingChain.Genesis.ToArray();
        Guid? lastId = null;
        ChainLink? watched = null;
        var buffer = new ArrayBufferWriter<byte>(256);
        var hash = new byte[32];
        long after = 0;
        while (after < last)
        {
            var (from, upTo) = (after, Math.Min(last, after + PageSize));
            var page = await chain.Where(e => EF.Property<long?>(e, SequenceColumn) > from && EF.Property<long?>(e, SequenceColumn) <= upTo)
                .OrderBy(e => EF.Property<long?>(e, SequenceColumn)).ThenBy(e => EF.Property<Guid>(e, "Id"))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            after = upTo;
            if (page.Count == 0)
            {
                // A gap: jump to the next stored sequence instead of reading empty ranges one by one.
                var next = await chain.Where(e => EF.Property<long?>(e, SequenceColumn) > upTo && EF.Property<long?>(e, SequenceColumn) <= last)
                    .MinAsync(e => EF.Property<long?>(e, SequenceColumn), cancellationToken).ConfigureAwait(false);
                if (next is null)
                {
                    break;
                }

                after = next.Value - 1;
                continue;
            }

            foreach (var entity in page)
            {
                read++;
                var row = linkOf(entity);
                var sequence = row.Sequence;
                if (sequence != expected)
                {
                    return Broken(read, sequence < expected ? ChainBreak.DuplicateSequence : ChainBreak.MissingRating, row.Id, sequence < expected ? sequence : expected);
                }

                var follows = row.PreviousHash is { } previous && previous.AsSpan().SequenceEqual(previousHash);
                encode(entity, buffer);
                RatingChain.ComputeHash(key, sequence, row.PreviousHash ?? [], buffer.WrittenSpan, hash);
                // A link claiming another encoding version than the one this verifier hashed with (only 1 exists) is a changed row.
                if (row.Hash is null || !hash.AsSpan().SequenceEqual(row.Hash) || row.EncodingVersion != encodingVersion)
                {
                    return Broken(read, follows ? ChainBreak.ModifiedRating : ChainBreak.BrokenLink, row.Id, sequence);
                }

                if (!follows)
                {
                    return Broken(read, ChainBreak.BrokenLink, row.Id, sequence);
                }

                previousHash = row.Hash;
                lastId = row.Id;
                if (sequence == checkpoint?.Sequence)
                {
                    watched = new ChainLink(row.Id, key, sequence, row.PreviousHash!, row.Hash, row.EncodingVersion!.Value);
                }

                expected++;
                if (read % ChainVerifier.ProgressInterval == 0)
                {
                    progress?.Report(read);
                }
            }
        }

        var checkedLinks = expected - 1;
        progress?.Report(checkedLinks);
        if (head is null ? checkedLinks > 0 : checkedLinks < head.Sequence)
        {
            // The tail was cut: the head (or, without a head, nothing) says more links existed.
            return Broken(checkedLinks, ChainBreak.MissingRating, null, checkedLinks + 1);
        }

        if (head is not null && checkedLinks > 0 && !head.Hash.AsSpan().SequenceEqual(previousHash))
        {
            return Broken(checkedLinks, ChainBreak.ModifiedRating, lastId, checkedLinks);
        }

        // A row forged onto the tail, past the head, in one statement so that a row appended meanwhile (which moves the head) is never mistaken for one.
        var forged = await chain.Where(e => EF.Property<long?>(e, SequenceColumn) > heads.Select(h => h.Sequence).FirstOrDefault())
            .OrderBy(e => EF.Property<long?>(e, SequenceColumn))
            .Select(e => new { Id = EF.Property<Guid>(e, "Id"), Sequence = EF.Property<long?>(e, SequenceColumn) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (forged is not null)
        {
            return Broken(checkedLinks, ChainBreak.BrokenLink, forged.Id, forged.Sequence);
        }

        if (checkpoint is not null && signer is not null && !signer.Check(checkpoint, watched).IsIntact)
        {
            return Broken(checkedLinks, ChainBreak.CheckpointMismatch, watched?.RatingId, checkpoint.Sequence);
        }

        var unchained = await Unchained(context).OrderBy(e => EF.Property<Guid>(e, "Id"))
            .Select(e => (Guid?)EF.Property<Guid>(e, "Id")).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return unchained is null ? new ChainVerificationResult(key, checkedLinks) : Broken(checkedLinks, ChainBreak.UnchainedRecord, unchained, null);
    }

    /// <summary>The table's rows stored without a link, of the unit this chain is for (no unit: <c>strays:</c>).</summary>
    public IQueryable<TEntity> Unchained(DbContext context)
    {
        var rows = Rows(context).Where(e => EF.Property<string?>(e, ChainKeyColumn) == null);
        var unit = unitCode;
        return unit is null
            ? rows.Where(e => EF.Property<string?>(e, "UnitCode") == null)
            : rows.Where(e => EF.Property<string?>(e, "UnitCode") == unit);
    }

    private static IQueryable<TEntity> Rows(DbContext context) => context.Set<TEntity>().AsNoTracking();

    private ChainVerificationResult Broken(long checkedLinks, ChainBreak kind, Guid? id, long? sequence) => new(chainKey, checkedLinks, kind, id, sequence);
}
