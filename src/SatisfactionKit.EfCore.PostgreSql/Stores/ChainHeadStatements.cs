using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.EntityFrameworkCore.Stores.Statements;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// Locks and moves a group's chain heads in one statement each: <c>SELECT … FOR UPDATE</c> over the
/// keys, and one <c>UPDATE … FROM unnest(…)</c> for all heads. EF Core's portable path takes two
/// statements to lock and read, and one UPDATE per chain to move; with 64 writers a group touches about
/// ten chains, so that was a dozen statements per group on both sides of the connection. Both are
/// prepared: Npgsql keeps a prepared statement per physical connection, so the server plans each once
/// per connection instead of once per group. Table and column names come from the EF Core model, as for COPY.
/// </summary>
internal sealed class ChainHeadStatements
{
    private readonly string _lock;
    private readonly string _move;

    private ChainHeadStatements(string lockSql, string moveSql)
    {
        _lock = lockSql;
        _move = moveSql;
    }

    public static ChainHeadStatements For(DbContext context)
    {
        var table = ModelTable.For(context.Model, typeof(ChainHeadEntity), writtenByClient: true);
        var sql = context.GetService<ISqlGenerationHelper>();
        var name = sql.DelimitIdentifier(table.Table.Name, table.Table.Schema);
        var key = sql.DelimitIdentifier(table.ColumnOf(nameof(ChainHeadEntity.ChainKey)));
        var sequence = sql.DelimitIdentifier(table.ColumnOf(nameof(ChainHeadEntity.Sequence)));
        var hash = sql.DelimitIdentifier(table.ColumnOf(nameof(ChainHeadEntity.Hash)));
        // Locked in key order, as the portable path does, so that two transactions never wait on each other crosswise.
        return new ChainHeadStatements(
            $"SELECT {key}, {sequence}, {hash} FROM {name} WHERE {key} = ANY($1) ORDER BY {key} FOR UPDATE",
            $"UPDATE {name} AS h SET {sequence} = v.s, {hash} = v.h FROM unnest($1, $2, $3) AS v(k, s, h) WHERE h.{key} = v.k");
    }

    /// <summary>Locks the heads of <paramref name="chainKeys"/>, creating those of new chains, inside the context's transaction.</summary>
    public async Task<Dictionary<string, ChainHeadEntity>> LockAsync(DbContext context, NpgsqlConnection connection, IReadOnlyList<string> chainKeys, CancellationToken cancellationToken)
    {
        var heads = new Dictionary<string, ChainHeadEntity>(chainKeys.Count, StringComparer.Ordinal);
        var command = new NpgsqlCommand(_lock, connection, Transaction(context));
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = [.. chainKeys] });
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
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

        return heads;
    }

    /// <summary>The statement that stores every head's new sequence and hash, to send in the group's batch.</summary>
    public NpgsqlBatchCommand Move(IReadOnlyCollection<ChainHeadEntity> heads)
    {
        var command = new NpgsqlBatchCommand(_move);
        command.Parameters.Add(new NpgsqlParameter<string[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, TypedValue = [.. heads.Select(h => h.ChainKey)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, TypedValue = [.. heads.Select(h => h.Sequence)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, TypedValue = [.. heads.Select(h => h.Hash)] });
        return command;
    }

    private static NpgsqlTransaction Transaction(DbContext context) =>
        context.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
        ?? throw new InvalidOperationException("Chain heads are locked and moved only inside the group's transaction.");
}
