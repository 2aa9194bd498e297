using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Outbox;

/// <summary>
/// The outbox's SQLite file, through Microsoft.Data.Sqlite directly: one table, one row per
/// undelivered rating, deleted once the central store has it. The file is in WAL mode and every
/// connection uses <c>synchronous = FULL</c>, so a write that returned is on disk (the WAL is
/// fsynced at each commit) and survives a killed process or a power cut of the counter machine.
/// </summary>
internal sealed class OutboxDatabase : IDisposable
{
    /// <summary>The payload format written by this version: the rating as <see cref="OutboxJsonContext"/> JSON.</summary>
    public const int PayloadFormat = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS outbox_ratings (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            rating_id       TEXT    NOT NULL,
            idempotency_key TEXT    NOT NULL UNIQUE,
            counter         TEXT    NOT NULL,
            dossier_code    TEXT    NULL,
            channel         INTEGER NOT NULL,
            format          INTEGER NOT NULL,
            payload         TEXT    NOT NULL,
            enqueued_at     INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_outbox_ratings_rating_id ON outbox_ratings (rating_id);
        CREATE INDEX IF NOT EXISTS ix_outbox_ratings_dossier_code ON outbox_ratings (dossier_code);
        CREATE INDEX IF NOT EXISTS ix_outbox_ratings_counter_seq ON outbox_ratings (counter, seq);
        """;

    private readonly string _connectionString;
    private readonly Lock _initialization = new();

    // One writer at a time inside the process: SQLite allows one anyway, and waiting here costs
    // nothing, whereas SQLite's busy handler sleeps in steps of up to 100 ms between retries.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private volatile bool _initialized;

    public OutboxDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>
    /// Writes <paramref name="rating"/> durably, or finds the one already waiting under its idempotency
    /// key; returns the rating that is in the outbox and whether it was already there.
    /// </summary>
    public async ValueTask<(Rating Rating, bool WasDuplicate)> EnqueueAsync(Rating rating, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Serialize(rating, OutboxJsonContext.Default.Rating);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var insert = connection.CreateCommand();
            await using (insert.ConfigureAwait(false))
            {
                insert.CommandText = """
                    INSERT INTO outbox_ratings (rating_id, idempotency_key, counter, dossier_code, channel, format, payload, enqueued_at)
                    VALUES ($id, $key, $counter, $dossier, $channel, $format, $payload, $at)
                    ON CONFLICT (idempotency_key) DO NOTHING
                    RETURNING seq
                    """;
                insert.Parameters.AddWithValue("$id", Text(rating.Id));
                insert.Parameters.AddWithValue("$key", rating.IdempotencyKey);
                insert.Parameters.AddWithValue("$counter", LaneOf(rating));
                insert.Parameters.AddWithValue("$dossier", (object?)rating.Dossier?.DossierCode ?? DBNull.Value);
                insert.Parameters.AddWithValue("$channel", (int)rating.Channel);
                insert.Parameters.AddWithValue("$format", PayloadFormat);
                insert.Parameters.AddWithValue("$payload", payload);
                insert.Parameters.AddWithValue("$at", now.ToUnixTimeMilliseconds());

                await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    if (await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null and not DBNull)
                    {
                        return (rating, false);
                    }

                    // The key is waiting already; deletes take the same lock, so it is still there to read.
                    return (await FindAsync(connection, "idempotency_key = $value", rating.IdempotencyKey, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException(
                            $"Không ghi được đánh giá '{rating.IdempotencyKey}' vào hộp thư đi {FilePath}. / Could not write rating '{rating.IdempotencyKey}' to the outbox {FilePath}."),
                        true);
                }
                finally
                {
                    _writer.Release();
                }
            }
        }
    }

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

    /// <summary>Removes a delivered rating from the outbox.</summary>
    public async ValueTask DeleteAsync(long sequence, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "DELETE FROM outbox_ratings WHERE seq = $seq";
                command.Parameters.AddWithValue("$seq", sequence);
                await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _writer.Release();
                }
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

    /// <summary>The outbox's payload as a rating.</summary>
    public static Rating Deserialize(OutboxEntry entry) =>
        JsonSerializer.Deserialize(entry.Payload, OutboxJsonContext.Default.Rating)
        ?? throw new InvalidDataException($"Outbox row {entry.Sequence} ({entry.IdempotencyKey}) holds no rating.");

    /// <summary>The lane a rating is delivered in, in order: its counter, else its device, else the common lane.</summary>
    public static string LaneOf(Rating rating) => rating.Dossier?.CounterId ?? rating.DeviceId ?? string.Empty;

    private async ValueTask<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureCreated();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            // Per connection: FULL makes each commit wait for the WAL's fsync, which is what lets the
            // counter thank the citizen. (NORMAL, the usual WAL setting, may lose the last commits on power loss.)
            pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void EnsureCreated()
    {
        if (_initialized)
        {
            return;
        }

        lock (_initialization)
        {
            if (!_initialized)
            {
                Create();
                _initialized = true;
            }
        }
    }

    private void Create()
    {

        if (Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var wal = connection.CreateCommand())
        {
            // WAL lets the forwarder read while counters write; the mode is kept in the file.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = wal.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Tệp hộp thư đi {FilePath} không chuyển được sang chế độ WAL ({mode}). / The outbox file {FilePath} could not be switched to WAL mode ({mode}).");
            }
        }

        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA synchronous = FULL; " + Schema;
            create.ExecuteNonQuery();
        }
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

    private static void CheckFormat(int format, string idempotencyKey)
    {
        if (format != PayloadFormat)
        {
            throw new InvalidDataException(
                $"Đánh giá '{idempotencyKey}' trong hộp thư đi có định dạng {format}, phiên bản này chỉ đọc được {PayloadFormat}. / " +
                $"Outbox rating '{idempotencyKey}' is in format {format}; this version reads format {PayloadFormat} only.");
        }
    }

    public void Dispose() => _writer.Dispose();

    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
