using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// Writes a batch chunk with Npgsql's binary COPY on the context's own connection, so inside the batch's
/// transaction: the ratings, then their answers, then their conditions and reasons (the foreign keys
/// point from the last two to the first). No change tracking, no per-row statement. A group of single
/// ratings is written by one batch instead (array INSERTs and the move of its chain heads), and its
/// heads are locked, with its stored keys found, by <see cref="GroupStatements"/> in one round trip.
/// </summary>
internal sealed class NpgsqlCopyRatingChunkWriter : IRatingChunkWriter
{
    // One layout per model, built on first use; a model lives as long as its context type, so the
    // weak table lets a model that is collected take its layout with it.
    private readonly ConditionalWeakTable<IModel, CopyLayout> _layouts = [];
    private readonly ConditionalWeakTable<IModel, GroupStatements> _group = [];
    private readonly ConditionalWeakTable<IModel, RollupUpserts> _rollups = [];

    public async ValueTask WriteRollupsAsync(DbContext context, RollupDelta delta, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(delta);
        if (context.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            await IRatingChunkWriter.Portable.WriteRollupsAsync(context, delta, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (delta.IsEmpty)
        {
            return;
        }

        var transaction = context.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Roll-ups are added only inside the ratings' transaction.");
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            Rollups(context).AddTo(batch, delta);
            try
            {
                await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e)
            {
                throw new DbUpdateException($"The database refused a roll-up cell: {e.MessageText}", e);
            }
        }
    }

    private RollupUpserts Rollups(DbContext context) => _rollups.GetValue(context.Model, _ => RollupUpserts.For(context));

    public async Task<GroupStart> BeginGroupAsync(DbContext context, IReadOnlyList<string> chainKeys, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            return await _group.GetValue(context.Model, _ => GroupStatements.For(context)).BeginAsync(context, connection, chainKeys, idempotencyKeys, cancellationToken).ConfigureAwait(false);
        }

        // Another provider behind the same registration: EF Core's portable statements, heads tracked.
        return await GroupStart.BeginPortableAsync(context, chainKeys, idempotencyKeys, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask WriteGroupAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, IReadOnlyCollection<ChainHeadEntity> heads, RollupDelta rollups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(rollups);
        if (context.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            // Another provider's heads are tracked: EF Core's SaveChanges moves them with the rows.
            await IRatingChunkWriter.Portable.WriteAsync(context, ratings, cancellationToken).ConfigureAwait(false);
            await IRatingChunkWriter.Portable.WriteRollupsAsync(context, rollups, cancellationToken).ConfigureAwait(false);
            return;
        }

        var transaction = context.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("A group of ratings is written only inside its transaction.");
        var layout = _layouts.GetValue(context.Model, _ => CopyLayout.For(context));
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
            // A group is a few dozen rows: one round trip for the rows of three tables, the heads and the
            // roll-up cells, with statements prepared once per connection, costs less than COPY's two round
            // trips per table (and than a round trip of its own for the cells).
            var insertRatings = layout.Ratings.Insert(ratings);
            batch.BatchCommands.Add(insertRatings);
            List<object> answers = [.. ratings.SelectMany(r => r.Answers)];
            if (answers.Count > 0)
            {
                batch.BatchCommands.Add(layout.Answers.Insert(answers));
            }

            List<object> choices = [.. ratings.SelectMany(r => r.Choices)];
            if (choices.Count > 0)
            {
                batch.BatchCommands.Add(layout.Choices.Insert(choices));
            }

            var move = heads.Count > 0 ? _group.GetValue(context.Model, _ => GroupStatements.For(context)).Move(heads) : null;
            if (move is not null)
            {
                batch.BatchCommands.Add(move);
            }

            // The cells last: every statement above is checked by its own index, so a refused row fails first.
            Rollups(context).AddTo(batch, rollups);
            try
            {
                await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e)
            {
                throw new DbUpdateException($"The database refused a row or roll-up cell of the group: {e.MessageText}", e);
            }

            if (insertRatings.RecordsAffected != ratings.Count || (move is not null && move.RecordsAffected != heads.Count))
            {
                // Every head was locked by this transaction: one missing now means the table was changed under it.
                throw new DbUpdateException($"{insertRatings.RecordsAffected} of {ratings.Count} ratings stored and {move?.RecordsAffected} of {heads.Count} chain heads moved.");
            }
        }
    }

    public async ValueTask WriteAsync(DbContext context, IReadOnlyList<RatingEntity> ratings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ratings);
        if (context.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            // Another provider behind the same registration (SQLite at the counter, say): EF Core's path.
            await IRatingChunkWriter.Portable.WriteAsync(context, ratings, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            // Without the batch's transaction a failed chunk would leave earlier COPYs committed.
            throw new InvalidOperationException("A rating chunk is copied only inside the batch's transaction.");
        }

        var layout = _layouts.GetValue(context.Model, _ => CopyLayout.For(context));
        try
        {
            await layout.Ratings.CopyAsync(connection, ratings, cancellationToken).ConfigureAwait(false);
            await layout.Answers.CopyAsync(connection, ratings.SelectMany(r => r.Answers), cancellationToken).ConfigureAwait(false);
            if (ratings.Any(r => r.Choices.Count > 0))
            {
                await layout.Choices.CopyAsync(connection, ratings.SelectMany(r => r.Choices), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PostgresException e)
        {
            // The same exception type EF Core's SaveChanges throws for a row the database refuses, so a
            // caller's handling does not depend on which writer is registered.
            throw new DbUpdateException($"The database refused a row of the chunk: {e.MessageText}", e);
        }
    }
}
