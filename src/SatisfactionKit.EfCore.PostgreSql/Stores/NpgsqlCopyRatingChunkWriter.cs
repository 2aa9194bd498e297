using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.EntityFrameworkCore.Stores;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// Writes a batch chunk with Npgsql's binary COPY on the context's own connection, so inside the batch's
/// transaction: the ratings, then their answers, then their conditions and reasons (the foreign keys
/// point from the last two to the first). No change tracking, no per-row statement. The group writer's
/// chain heads are locked and moved by <see cref="ChainHeadStatements"/>, one statement each.
/// </summary>
internal sealed class NpgsqlCopyRatingChunkWriter : IRatingChunkWriter
{
    // One layout per model, built on first use; a model lives as long as its context type, so the
    // weak table lets a model that is collected take its layout with it.
    private readonly ConditionalWeakTable<IModel, CopyLayout> _layouts = [];
    private readonly ConditionalWeakTable<IModel, ChainHeadStatements> _heads = [];

    public Task<Dictionary<string, ChainHeadEntity>> LockHeadsAsync(DbContext context, IReadOnlyList<string> chainKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.GetDbConnection() is NpgsqlConnection connection
            ? _heads.GetValue(context.Model, _ => ChainHeadStatements.For(context)).LockAsync(context, connection, chainKeys, cancellationToken)
            : ChainHeads.LockAllAsync(context, chainKeys, cancellationToken);
    }

    public async ValueTask MoveHeadsAsync(DbContext context, IReadOnlyCollection<ChainHeadEntity> heads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Another provider's heads are tracked and were moved by EF Core's SaveChanges in WriteAsync.
        if (context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            try
            {
                await _heads.GetValue(context.Model, _ => ChainHeadStatements.For(context)).MoveAsync(context, connection, heads, cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e)
            {
                throw new DbUpdateException($"The database refused to move the chain heads: {e.MessageText}", e);
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
            await EntityFrameworkRatingChunkWriter.Instance.WriteAsync(context, ratings, cancellationToken).ConfigureAwait(false);
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
