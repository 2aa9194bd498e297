using System.Buffers;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

using SatisfactionKit.EntityFrameworkCore.Rollups;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// A group's transaction through EF Core and the <see cref="IRatingChunkWriter"/> (EF Core's batched
/// statements, or a provider package's, such as PostgreSQL's arrays): lock the group's chain heads, link
/// each rating after its chain's last link, insert them and their prompt records, move the heads, commit.
/// </summary>
internal static class PortableGroupTransaction
{
    /// <summary>
    /// Runs the transaction through the context's execution strategy, so that a vendor's retrying strategy
    /// (EnableRetryOnFailure) retries it whole. With <paramref name="checkStored"/>, the ratings whose key
    /// is already stored are left out (looked up in the round trip that locks the heads) and their keys
    /// returned; otherwise the set is empty.
    /// </summary>
    public static Task<IReadOnlySet<string>> AppendAsync(DbContext context, IReadOnlyList<PendingRating> group, IRatingChunkWriter rows, RollupCalculator rollups, bool checkStored) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(
            (Context: context, Group: group, Rows: rows, Rollups: rollups, CheckStored: checkStored),
            static (_, state, ct) => RunAsync(state.Context, state.Group, state.Rows, state.Rollups, state.CheckStored, ct),
            verifySucceeded: null,
            CancellationToken.None);

    private static async Task<IReadOnlySet<string>> RunAsync(DbContext context, IReadOnlyList<PendingRating> group, IRatingChunkWriter rows, RollupCalculator rollups, bool checkStored, CancellationToken ct)
    {
        context.ChangeTracker.Clear();
        var transaction = await context.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            string[] keys = checkStored ? [.. group.Select(p => p.Rating.IdempotencyKey)] : [];
            var (heads, stored) = await rows.BeginGroupAsync(context, GroupPromptLinks.ChainKeysOf(group), keys, ct).ConfigureAwait(false);
            var buffer = new ArrayBufferWriter<byte>(512);
            var ratings = new List<RatingEntity>(group.Count);
            var delta = new RollupDelta();
            foreach (var pending in group)
            {
                if (stored.Contains(pending.Rating.IdempotencyKey))
                {
                    continue;
                }

                var entity = RatingMapper.ToEntity(pending.Rating, pending.Uniqueness);
                ChainHeads.Append(entity, heads[pending.ChainKey], buffer);
                ratings.Add(entity);
                rollups.Add(delta, entity);
                if (pending.Prompt is { } prompt)
                {
                    GroupPromptLinks.Append(prompt, heads, buffer);
                    context.Add(prompt);
                }
            }

            // The rating rows, the heads and the roll-up cells go through the chunk writer: EF Core's batched
            // INSERTs and UPDATEs (its SaveChanges saves everything tracked), or, with UsePostgreSqlBulkImport,
            // one batch of array INSERTs, one UPDATE for all heads and the cells' upserts; then this
            // SaveChanges adds the prompt records.
            if (ratings.Count > 0)
            {
                // The roll-ups in the same transaction (and, with a provider writer, the same round trip): a
                // report that reads them never disagrees with the ratings.
                await rows.WriteGroupAsync(context, ratings, heads.Values, delta, ct).ConfigureAwait(false);
            }

            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return stored;
        }
    }
}
