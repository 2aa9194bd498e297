using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// The statements of a group of single ratings besides its rows: one round trip that finds the group's
/// keys already stored and locks its chain heads (<c>SELECT … FOR UPDATE</c> over the chain keys), and
/// one <c>UPDATE … FROM unnest(…)</c> that moves all heads. EF Core's portable path takes a query for
/// the keys, two statements to lock and read, and one UPDATE per chain to move; with 64 writers a group
/// touches about ten chains, so that was a dozen statements per group on both sides of the connection. All are
/// prepared: Npgsql keeps a prepared statement per physical connection, so the server plans each once
/// per connection instead of once per group. Table and column names come from the EF Core model, as for COPY.
/// </summary>
internal sealed class GroupStatements
{
    private readonly string _stored;
    private readonly string _lock;
    private readonly string _move;

    private GroupStatements(string storedSql, string lockSql, string moveSql)
    {
        _stored = storedSql;
        _lock = lockSql;
        _move = moveSql;
    }

    public static GroupStatements For(DbContext context)
    {
        var table = ModelTable.For(context.Model, typeof(ChainHeadEntity), writtenByClient: true);
        var sql = context.GetService<ISqlGenerationHelper>();
        var name = sql.DelimitIdentifier(table.Table.Name, table.Table.Schema);
        var key = sql.DelimitIdentifier(table.ColumnOf(nameof(ChainHeadEntity.ChainKey)));
        var sequence = sql.DelimitIdentifier(table.ColumnOf(nameof(ChainHeadEntity.Sequence)));
        var hash = sql.DelimitIdentifier(table.ColumnOf(nameof(ChainHeadEntity.Hash)));
        var ratings = ModelTable.For(context.Model, typeof(RatingEntity), writtenByClient: true);
        var idempotencyKey = sql.DelimitIdentifier(ratings.ColumnOf(nameof(RatingEntity.IdempotencyKey)));
        // Locked in key order, as the portable path does, so that two transactions never wait on each other crosswise.
        return new GroupStatements(
            $"SELECT {idempotencyKey} FROM {sql.DelimitIdentifier(ratings.Table.Name, ratings.Table.Schema)} WHERE {idempotencyKey} = ANY($1)",
            $"SELECT {key}, {sequence}, {hash} FROM {name} WHERE {key} = ANY($1) ORDER BY {key} FOR UPDATE",
            $"UPDATE {name} AS h SET {sequence} = v.s, {hash} = v.h FROM unnest($1, $2, $3) AS v(k, s, h) WHERE h.{key} = v.k");
    }

    /// <summary>
    /// In one round trip: the keys among <paramref name="idempotencyKeys"/> already stored, and the heads
    /// of <paramref name="chainKeys"/> locked; then the heads of new chains are created and locked.
    /// </summary>
    public async Task<GroupStart> BeginAsync(DbContext context, NpgsqlConnection connection, IReadOnlyList<string> chainKeys, IReadOnlyList<string> idempotencyKeys, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var heads = new Dictionary<string, ChainHeadEntity>(chainKeys.Count, StringComparer.Ordinal);
        var batch = new NpgsqlBatch(connection, Transaction(context));
        await using (batch.ConfigureAwait(false))
        {
            if (idempotencyKeys.Count > 0)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(_stored) { Parameters = { TextArray(idempotencyKeys) } });
            }

            batch.BatchCommands.Add(new NpgsqlBatchCommand(_lock) { Parameters = { TextArray(chainKeys) } });
            await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
            var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (idempotencyKeys.Count > 0)
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        stored.Add(reader.GetString(0));
                    }

                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }

                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var head = new ChainHeadEntity { ChainKey = reader.GetString(0), Sequence = reader.GetInt64(1), Hash = reader.GetFieldValue<byte[]>(2) };
                    heads[head.ChainKey] = head;
                }
            }
        }

        foreach (var key in chainKeys)
        {
            if (!heads.ContainsKey(key))
            {
                // A new chain: created and locked the portable way, which settles a race to create it.
                var (sequence, hash) = await ChainHeads.LockAsync(context, key, cancellationToken).ConfigureAwait(false);
                heads.Add(key, new ChainHeadEntity { ChainKey = key, Sequence = sequence, Hash = hash });
            }
        }

        return new GroupStart(heads, stored);
    }

    /// <summary>The statement that stores every head's new sequence and hash, to send in the group's batch.</summary>
    public NpgsqlBatchCommand Move(IReadOnlyCollection<ChainHeadEntity> heads)
    {
        var command = new NpgsqlBatchCommand(_move);
        command.Parameters.Add(TextArray([.. heads.Select(h => h.ChainKey)]));
        command.Parameters.Add(new NpgsqlParameter<long[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, TypedValue = [.. heads.Select(h => h.Sequence)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, TypedValue = [.. heads.Select(h => h.Hash)] });
        return command;
    }

    private static NpgsqlParameter<string[]> TextArray(IReadOnlyList<string> values) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = [.. values] };

    private static NpgsqlTransaction Transaction(DbContext context) =>
        context.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
        ?? throw new InvalidOperationException("Chain heads are locked and moved only inside the group's transaction.");
}
