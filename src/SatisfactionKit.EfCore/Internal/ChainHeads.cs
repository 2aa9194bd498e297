using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Locks and moves a chain's head inside the caller's transaction. Only EF Core LINQ
/// (<c>ExecuteUpdate</c>), so it runs on any relational provider without provider-specific SQL.
/// </summary>
/// <remarks>For provider packages; may change between minor versions.</remarks>
public static class ChainHeads
{
    /// <summary>The chain of a stored rating: its unit (by dossier or by officer), or its topic survey.</summary>
    public static string KeyOf(RatingEntity rating) => rating.UnitCode ?? $"survey:{rating.SurveyId}";

    /// <summary>The chain <paramref name="rating"/> will be stored in: the same key as <see cref="KeyOf(RatingEntity)"/> of its row, without mapping it.</summary>
    public static string KeyOf(Rating rating) => rating.Dossier?.UnitCode ?? rating.Officer?.UnitCode ?? $"survey:{rating.SurveyId}";

    /// <summary>
    /// Locks the head of <paramref name="chainKey"/> until the transaction ends, creating it when the
    /// chain is new, and returns its sequence and hash. The lock is taken by an UPDATE (a row lock
    /// on PostgreSQL and SQL Server; SQLite's single write lock), so it must be the transaction's
    /// first write on SQLite, which then waits for the write lock instead of failing with SQLITE_BUSY.
    /// </summary>
    public static async Task<(long Sequence, byte[] Hash)> LockAsync(DbContext context, string chainKey, CancellationToken cancellationToken)
    {
        var heads = context.Set<ChainHeadEntity>();
        for (var attempt = 0; ; attempt++)
        {
            var locked = await heads.Where(h => h.ChainKey == chainKey)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken).ConfigureAwait(false);
            if (locked == 1)
            {
                break;
            }

            // A new chain: create its head. Two writers may race to create it; the loser's insert
            // fails on the primary key, is rolled back to the savepoint, and it locks the winner's row.
            var transaction = context.Database.CurrentTransaction!;
            await transaction.CreateSavepointAsync("sk_chain_head", cancellationToken).ConfigureAwait(false);
            var head = new ChainHeadEntity { ChainKey = chainKey, Sequence = 0, Hash = RatingChain.Genesis.ToArray() };
            heads.Add(head);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                await transaction.RollbackToSavepointAsync("sk_chain_head", cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                context.Entry(head).State = EntityState.Detached;
            }
        }

        var current = await heads.AsNoTracking().Where(h => h.ChainKey == chainKey)
            .Select(h => new { h.Sequence, h.Hash }).SingleAsync(cancellationToken).ConfigureAwait(false);
        return (current.Sequence, current.Hash);
    }

    /// <summary>
    /// Locks the heads of <paramref name="chainKeys"/> until the transaction ends (one UPDATE for all that
    /// exist, in key order; new chains are created as <see cref="LockAsync"/> does) and returns them
    /// tracked, so that moving them is part of the caller's next <c>SaveChanges</c>.
    /// </summary>
    public static async Task<Dictionary<string, ChainHeadEntity>> LockAllAsync(DbContext context, IReadOnlyList<string> chainKeys, CancellationToken cancellationToken)
    {
        var heads = context.Set<ChainHeadEntity>();
        var keys = chainKeys.Order(StringComparer.Ordinal).ToArray();
        // A row lock on a server. SQLite's transaction already holds the database's only write lock
        // (BEGIN IMMEDIATE), so there the statement changes nothing and costs one step per group.
        await heads.Where(h => keys.Contains(h.ChainKey))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, h => h.Sequence), cancellationToken).ConfigureAwait(false);

        // One key (a lone rating, the common case at a counter) is looked up by equality: cheaper to
        // translate and run than an IN over an array parameter.
        var key0 = keys[0];
        var query = keys.Length == 1 ? heads.Where(h => h.ChainKey == key0) : heads.Where(h => keys.Contains(h.ChainKey));
        var locked = await query.ToDictionaryAsync(h => h.ChainKey, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (!locked.ContainsKey(key))
            {
                var (sequence, hash) = await LockAsync(context, key, cancellationToken).ConfigureAwait(false);
                var head = new ChainHeadEntity { ChainKey = key, Sequence = sequence, Hash = hash };
                heads.Attach(head);
                locked.Add(key, head);
            }
        }

        return locked;
    }

    /// <summary>Moves the locked head of <paramref name="chainKey"/> to its new last link.</summary>
    public static Task MoveAsync(DbContext context, string chainKey, long sequence, byte[] hash, CancellationToken cancellationToken) =>
        context.Set<ChainHeadEntity>().Where(h => h.ChainKey == chainKey)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), cancellationToken);

    /// <summary>
    /// Fills the chain columns of <paramref name="entity"/> as the link after (<paramref name="previousSequence"/>,
    /// <paramref name="previousHash"/>), hashing the rating exactly as it will read back from the database.
    /// </summary>
    public static void Link(RatingEntity entity, string chainKey, long previousSequence, byte[] previousHash, System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        entity.ChainKey = chainKey;
        entity.ChainSequence = previousSequence + 1;
        entity.PreviousHash = previousHash;
        entity.EncodingVersion = RatingEncoding.CurrentVersion;
        buffer.ResetWrittenCount();
        RatingEncoding.Encode(RatingMapper.ToRating(entity), buffer);
        entity.Hash = RatingChain.ComputeHash(chainKey, entity.ChainSequence, previousHash, buffer.WrittenSpan);
    }

    /// <summary>Links <paramref name="entity"/> after <paramref name="head"/> (as <see cref="Link"/> does) and moves the head to it.</summary>
    public static void Append(RatingEntity entity, ChainHeadEntity head, System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(head);
        Link(entity, head.ChainKey, head.Sequence, head.Hash, buffer);
        head.Sequence = entity.ChainSequence;
        head.Hash = entity.Hash;
    }
}
