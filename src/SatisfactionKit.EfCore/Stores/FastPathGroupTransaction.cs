using System.Buffers;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;

using SatisfactionKit.EntityFrameworkCore.Rollups;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// A group's transaction through a fast path's prepared statements (<see cref="IRatingAppendStatements"/>,
/// SQLite): its begin takes the database's write lock, so the heads read next cannot move before the commit.
/// </summary>
internal static class FastPathGroupTransaction
{
    /// <summary>Runs the transaction through the context's execution strategy, as <see cref="PortableGroupTransaction"/> does.</summary>
    public static Task AppendAsync(DbContext context, IRatingAppendStatements statements, RollupCalculator rollups, IReadOnlyList<PendingRating> group) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(
            (Statements: statements, Rollups: rollups, Group: group),
            static async (_, state, ct) =>
            {
                await RunAsync(state.Statements, state.Rollups, state.Group, ct).ConfigureAwait(false);
                return true;
            },
            verifySucceeded: null,
            CancellationToken.None);

    private static async Task RunAsync(IRatingAppendStatements statements, RollupCalculator rollups, IReadOnlyList<PendingRating> group, CancellationToken cancellationToken)
    {
        try
        {
            var contextTransaction = await statements.BeginAsync(cancellationToken).ConfigureAwait(false);
            await using (contextTransaction.ConfigureAwait(false))
            {
                var transaction = contextTransaction.GetDbTransaction();
                var heads = new Dictionary<string, (ChainHeadEntity Head, bool IsNew)>(StringComparer.Ordinal);
                var buffer = new ArrayBufferWriter<byte>(512);
                var delta = new RollupDelta();
                foreach (var pending in group)
                {
                    if (!heads.TryGetValue(pending.ChainKey, out var head))
                    {
                        var stored = await statements.ReadHeadAsync(pending.ChainKey, transaction, cancellationToken).ConfigureAwait(false);
                        head = stored is null
                            ? (new ChainHeadEntity { ChainKey = pending.ChainKey, Sequence = 0, Hash = RatingChain.Genesis.ToArray() }, true)
                            : (stored, false);
                        heads.Add(pending.ChainKey, head);
                    }

                    var entity = RatingMapper.ToEntity(pending.Rating, pending.Uniqueness);
                    ChainHeads.Append(entity, head.Head, buffer);
                    await statements.InsertAsync(entity, transaction, cancellationToken).ConfigureAwait(false);
                    rollups.Add(delta, entity);
                    if (pending.Prompt is { } prompt)
                    {
                        await GroupPromptLinks.AppendAsync(statements, heads, prompt, transaction, buffer, cancellationToken).ConfigureAwait(false);
                        await statements.InsertAsync(prompt, transaction, cancellationToken).ConfigureAwait(false);
                    }
                }

                await statements.AddRollupsAsync(delta, transaction, cancellationToken).ConfigureAwait(false);
                foreach (var (head, isNew) in heads.Values)
                {
                    await statements.SaveHeadAsync(head, isNew, transaction, cancellationToken).ConfigureAwait(false);
                }

                await contextTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            // The exception EF Core's SaveChanges throws for a row the database refuses, so that the
            // group's fallback and the race resolution treat both paths alike.
            throw new DbUpdateException($"The database refused a rating of the group: {e.Message}", e);
        }
    }
}
