using System.Globalization;
using Microsoft.Data.Sqlite;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>The outbox's reads: a rating by key or id, the lanes and ratings waiting, and how many wait.</summary>
internal sealed partial class OutboxDatabase
{
    public async ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FindAsync(connection, "idempotency_key = $value", idempotencyKey, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FindAsync(connection, "rating_id = $value", Text(id), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT EXISTS (SELECT 1 FROM outbox_ratings WHERE dossier_code = $dossier AND ($channel IS NULL OR channel = $channel))";
                command.Parameters.AddWithValue("$dossier", dossierCode);
                command.Parameters.AddWithValue("$channel", channel is { } only ? (int)only : DBNull.Value);
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) != 0;
            }
        }
    }

    /// <summary>The lanes (counters) that have ratings waiting, the one waiting longest first.</summary>
    public async ValueTask<IReadOnlyList<string>> ReadLanesAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT counter FROM outbox_ratings GROUP BY counter ORDER BY MIN(seq)";
                var lanes = new List<string>();
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        lanes.Add(reader.GetString(0));
                    }
                }

                return lanes;
            }
        }
    }

    /// <summary>The oldest <paramref name="limit"/> undelivered ratings of <paramref name="lane"/>, in the order they were acknowledged.</summary>
    public async ValueTask<IReadOnlyList<OutboxEntry>> ReadLaneAsync(string lane, int limit, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT seq, counter, idempotency_key, format, payload FROM outbox_ratings WHERE counter = $lane ORDER BY seq LIMIT $limit";
                command.Parameters.AddWithValue("$lane", lane);
                command.Parameters.AddWithValue("$limit", limit);
                var entries = new List<OutboxEntry>();
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        CheckFormat(reader.GetInt32(3), reader.GetString(2));
                        entries.Add(new OutboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(4)));
                    }
                }

                return entries;
            }
        }
    }

    /// <summary>How many ratings wait, the first-written time of the oldest and the highest sequence written so far.</summary>
    public async ValueTask<(int Pending, DateTimeOffset? OldestSince, long MinSequence, long MaxSequence)> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT COUNT(*), MIN(enqueued_at), MIN(seq), MAX(seq) FROM outbox_ratings";
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    var pending = reader.GetInt32(0);
                    return pending == 0
                        ? (0, null, 0, 0)
                        : (pending, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetInt64(2), reader.GetInt64(3));
                }
            }
        }
    }

    /// <summary>The same as <see cref="CountAsync"/> without awaiting, for observable instruments, whose callbacks are synchronous.</summary>
    public (int Pending, DateTimeOffset? OldestSince) Count()
    {
        EnsureCreated();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), MIN(enqueued_at) FROM outbox_ratings";
        using var reader = command.ExecuteReader();
        reader.Read();
        var pending = reader.GetInt32(0);
        return pending == 0 ? (0, null) : (pending, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)));
    }

    private static async ValueTask<Rating?> FindAsync(SqliteConnection connection, string where, string value, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = $"SELECT seq, counter, idempotency_key, format, payload FROM outbox_ratings WHERE {where}";
            command.Parameters.AddWithValue("$value", value);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                CheckFormat(reader.GetInt32(3), reader.GetString(2));
                return Deserialize(new OutboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(4)));
            }
        }
    }
}
