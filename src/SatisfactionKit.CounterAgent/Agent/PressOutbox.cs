using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// The agent's outbox of presses: a SQLite file (WAL, <c>synchronous = FULL</c>, so a write that returned survives a
/// killed process or a power cut), one row per press not yet answered by the server, in the order taken. The press
/// is written here before the pad thanks the citizen and removed only after the server's answer, whose device-scoped
/// idempotency key makes the resend after a crash harmless.
/// </summary>
internal sealed class PressOutbox : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private volatile bool _initialized;

    public PressOutbox(string path)
    {
        FilePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Keeps <paramref name="press"/> durably; returns when it is on disk.</summary>
    public async ValueTask AddAsync(AgentPress press, DateTimeOffset pressedAt, CancellationToken cancellationToken)
    {
        await WriteAsync(
            "INSERT INTO agent_presses (idempotency_key, payload, pressed_at) VALUES ($key, $payload, $at) ON CONFLICT (idempotency_key) DO NOTHING",
            c =>
            {
                c.Parameters.AddWithValue("$key", press.IdempotencyKey);
                c.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(press, AgentJsonContext.Default.AgentPress));
                c.Parameters.AddWithValue("$at", pressedAt.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The oldest kept presses, in the order they were taken.</summary>
    public async ValueTask<IReadOnlyList<(long Seq, AgentPress Press)>> PeekAsync(int limit, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = connection.CreateCommand();
            await using (select.ConfigureAwait(false))
            {
                select.CommandText = "SELECT seq, payload FROM agent_presses ORDER BY seq LIMIT $limit";
                select.Parameters.AddWithValue("$limit", limit);
                var rows = new List<(long, AgentPress)>();
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var press = JsonSerializer.Deserialize(reader.GetString(1), AgentJsonContext.Default.AgentPress)
                            ?? throw new InvalidDataException($"Lần bấm {reader.GetInt64(0)} trong hộp thư đi không đọc được. / Kept press {reader.GetInt64(0)} cannot be read.");
                        rows.Add((reader.GetInt64(0), press));
                    }
                }

                return rows;
            }
        }
    }

    /// <summary>Removes a press the server has answered.</summary>
    public ValueTask RemoveAsync(long seq, CancellationToken cancellationToken) =>
        WriteAsync("DELETE FROM agent_presses WHERE seq = $seq", c => c.Parameters.AddWithValue("$seq", seq), cancellationToken);

    /// <summary>How many presses wait for the server.</summary>
    public async ValueTask<long> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var count = connection.CreateCommand();
            await using (count.ConfigureAwait(false))
            {
                count.CommandText = "SELECT count(*) FROM agent_presses";
                return (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
        }
    }

    public void Dispose() => _writer.Dispose();

    private async ValueTask WriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                bind(command);
                // One writer at a time inside the process: SQLite's busy handler would sleep between retries.
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

    private async ValueTask<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var pragma = connection.CreateCommand();
        await using (pragma.ConfigureAwait(false))
        {
            pragma.CommandText = _initialized
                ? "PRAGMA synchronous = FULL;"
                : """
                  PRAGMA journal_mode = WAL;
                  PRAGMA synchronous = FULL;
                  CREATE TABLE IF NOT EXISTS agent_presses (
                      seq INTEGER PRIMARY KEY AUTOINCREMENT,
                      idempotency_key TEXT NOT NULL UNIQUE,
                      payload TEXT NOT NULL,
                      pressed_at INTEGER NOT NULL);
                  """;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _initialized = true;
        return connection;
    }
}
