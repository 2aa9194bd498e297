using Microsoft.EntityFrameworkCore;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;

/// <summary>
/// <see cref="IChainScanSource"/> on PostgreSQL: the ratings, answers and choices tables each read whole, in their
/// physical order, by binary <c>COPY … TO STDOUT</c> on three connections of their own that share one snapshot
/// (<c>pg_export_snapshot</c>), so the server streams them as fast as it scans a table, and joined in a bounded
/// window by <see cref="PhysicalOrderMerge"/> on a thread of the scan's own.
/// </summary>
internal sealed class NpgsqlChainScanSource : IChainScanSource
{
    /// <summary>Rating ids per statement when ratings whose rows came late are read again.</summary>
    internal const int LateIdsPerStatement = 5_000;

    public bool CanScan(DbContext context) => context.Database.GetDbConnection() is NpgsqlConnection;

    public async Task<bool> ScanAsync(DbContext context, Action<IReadOnlyList<ChainHeadEntity>> heads, Action<List<RatingEntity>> ratings, CancellationToken cancellationToken)
    {
        var statements = CopyChainStatements.For(context);
        var template = (NpgsqlConnection)context.Database.GetDbConnection();
        var connections = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                // A clone keeps the password, which an opened connection's string may no longer carry.
                var connection = (NpgsqlConnection)((ICloneable)template).Clone();
                connections.Add(connection);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }

            var (main, second, third) = (connections[0], connections[1], connections[2]);
            await ExecuteAsync(main, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", cancellationToken).ConfigureAwait(false);
            var snapshot = await ScalarAsync(main, "SELECT pg_export_snapshot()", cancellationToken).ConfigureAwait(false);
            foreach (var other in new[] { second, third })
            {
                await ExecuteAsync(other, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(other, $"SET TRANSACTION SNAPSHOT '{snapshot}'", cancellationToken).ConfigureAwait(false);
            }

            // Each table from its first page. A large table's sequential scan otherwise starts where another scan of it
            // was last seen (synchronized scans): after a report's scan stopped half-way, the ratings would come from
            // their middle and the answers from their start, and every rating passed on before its rows came would send
            // its chain to the walk (10,000,000 ratings after the dashboard's benchmark: 41,440 of them, every chain).
            foreach (var connection in connections)
            {
                await ExecuteAsync(connection, "SET LOCAL synchronize_seqscans = off", cancellationToken).ConfigureAwait(false);
            }

            var headRows = await ReadHeadsAsync(main, statements, cancellationToken).ConfigureAwait(false);
            heads(headRows);

            // One thread reads the three streams synchronously: their servers fill the sockets meanwhile.
            var merge = await Task.Factory.StartNew(
                () => Merge(main, second, third, statements, headRows.Sum(h => h.Sequence), ratings, cancellationToken),
                cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
            if (merge is null)
            {
                return false;
            }

            // Ratings with rows read after they were passed on: read again, whole, in the same snapshot.
            var late = merge.Late.ToArray();
            for (var at = 0; at < late.Length; at += LateIdsPerStatement)
            {
                var ids = late.AsMemory(at, Math.Min(LateIdsPerStatement, late.Length - at)).ToArray();
                ratings(await NpgsqlCopyChainPageSource.ReadByIdsAsync(main, statements, ids, cancellationToken).ConfigureAwait(false));
            }

            return true;
        }
        finally
        {
            foreach (var connection in connections)
            {
                // Closing rolls the read-only transaction back; a COPY cut off by an error is discarded with the connection.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static PhysicalOrderMerge? Merge(NpgsqlConnection main, NpgsqlConnection second, NpgsqlConnection third, CopyChainStatements statements, long expected, Action<List<RatingEntity>> ratings, CancellationToken cancellationToken)
    {
        using var ratingRows = main.BeginBinaryExport(statements.ScanRatings);
        using var answerRows = second.BeginBinaryExport(statements.ScanAnswers);
        using var choiceRows = third.BeginBinaryExport(statements.ScanChoices);
        using var r = CopyRows.Ratings(ratingRows, statements.Channel).GetEnumerator();
        using var a = CopyRows.Answers(answerRows).GetEnumerator();
        using var c = CopyRows.Choices(choiceRows, statements.Kind).GetEnumerator();
        var merge = new PhysicalOrderMerge(r, a, c, expected, ratings);
        if (merge.Run(cancellationToken))
        {
            return merge;
        }

        // Gave up: the exporters are disposed unread, which cancels their COPY; the connections go with them.
        return null;
    }

    private static async Task<List<ChainHeadEntity>> ReadHeadsAsync(NpgsqlConnection connection, CopyChainStatements statements, CancellationToken cancellationToken)
    {
        var heads = new List<ChainHeadEntity>();
        var rows = await connection.BeginBinaryExportAsync(statements.Heads, cancellationToken).ConfigureAwait(false);
        await using (rows.ConfigureAwait(false))
        {
            while (await rows.StartRowAsync(cancellationToken).ConfigureAwait(false) != -1)
            {
                heads.Add(new ChainHeadEntity
                {
                    ChainKey = await rows.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
                    Sequence = await rows.ReadAsync<long>(cancellationToken).ConfigureAwait(false),
                    Hash = await rows.ReadAsync<byte[]>(cancellationToken).ConfigureAwait(false),
                });
            }
        }

        return heads;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            return (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }
}
