using Microsoft.Data.Sqlite;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// The outbox file's layout and its creation: the folder and the file if missing, WAL mode (kept in
/// the file), then the one table and its indexes. Creation is idempotent; <see cref="OutboxDatabase"/>
/// runs it once per process before its first connection.
/// </summary>
internal static class OutboxSchema
{
    private const string Tables = """
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

    /// <summary>Creates the outbox file at <paramref name="filePath"/> if needed and brings it to this version's layout.</summary>
    public static void Create(string connectionString, string filePath)
    {
        if (Path.GetDirectoryName(filePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var wal = connection.CreateCommand())
        {
            // WAL lets the forwarder read while counters write; the mode is kept in the file.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = wal.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Tệp hộp thư đi {filePath} không chuyển được sang chế độ WAL ({mode}). / The outbox file {filePath} could not be switched to WAL mode ({mode}).");
            }
        }

        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA synchronous = FULL; " + Tables;
            create.ExecuteNonQuery();
        }
    }
}
