using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// The outbox's SQLite file, through Microsoft.Data.Sqlite directly: one table, one row per
/// undelivered rating, deleted once the central store has it. The file is in WAL mode and every
/// connection uses <c>synchronous = FULL</c>, so a write that returned is on disk (the WAL is
/// fsynced at each commit) and survives a killed process or a power cut of the counter machine.
/// Here the connections and the writes; the reads are in <c>OutboxDatabase.Reads.cs</c>, the file's
/// layout in <see cref="OutboxSchema"/>.
/// </summary>
internal sealed partial class OutboxDatabase : IDisposable
{
    /// <summary>The payload format written by this version: the rating as <see cref="OutboxJsonContext"/> JSON.</summary>
    public const int PayloadFormat = 1;

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
                OutboxSchema.Create(_connectionString, FilePath);
                _initialized = true;
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
