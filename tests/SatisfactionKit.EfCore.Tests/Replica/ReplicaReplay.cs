using System.Diagnostics;
using Npgsql;

namespace SatisfactionKit.EfCore.Tests.Replica;

/// <summary>
/// The test server's streaming replica, seen through SQL: waits until it has replayed what the primary has
/// written, and pauses and resumes its replay (the test user is the cluster's superuser).
/// </summary>
internal static class ReplicaReplay
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits until the replica's replay position reaches the primary's WAL insert position taken now; fails after
    /// 30 seconds. The insert position, not the write position: the test cluster commits asynchronously
    /// (synchronous_commit off), so a commit may still be in the WAL buffers, which the WAL writer flushes and the
    /// sender then ships within a fraction of a second.
    /// </summary>
    public static async Task WaitAsync(string primary, string replica, CancellationToken cancellationToken)
    {
        var target = await ScalarAsync<string>(primary, "SELECT pg_current_wal_insert_lsn()::text", cancellationToken);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var connection = new NpgsqlConnection(Cluster(replica));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn, pg_last_wal_replay_lsn()::text", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = target });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (reader.GetBoolean(0))
            {
                return;
            }

            if (clock.Elapsed > Bound)
            {
                Assert.Fail($"The replica has replayed up to {reader.GetString(1)}, not {target}, after {Bound.TotalSeconds} s.");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>Pauses the replica's replay and waits until it has really stopped; resume it in a <c>finally</c>.</summary>
    public static async Task PauseAsync(string replica, CancellationToken cancellationToken)
    {
        await ScalarAsync<object>(Cluster(replica), "SELECT pg_wal_replay_pause()", cancellationToken);
        var clock = Stopwatch.StartNew();
        while (await ScalarAsync<string>(Cluster(replica), "SELECT pg_get_wal_replay_pause_state()", cancellationToken) != "paused")
        {
            Assert.True(clock.Elapsed < Bound, "The replica's replay did not pause.");
            await Task.Delay(20, cancellationToken);
        }
    }

    public static Task ResumeAsync(string replica) => ScalarAsync<object>(Cluster(replica), "SELECT pg_wal_replay_resume()", CancellationToken.None);

    // Replay is the cluster's, and the test's own database may not be on the replica yet: ask the maintenance database.
    private static string Cluster(string replica) => new NpgsqlConnectionStringBuilder(replica) { Database = "postgres" }.ConnectionString;

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
