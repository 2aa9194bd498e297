using System.Diagnostics;
using Npgsql;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// <c>generate --size N [--seed S] [--database NAME]</c>: (re)creates a PostgreSQL database with
/// SatisfactionKit's schema on the server of <c>SATISFACTIONKIT_TEST_POSTGRES</c> and fills it with
/// ratings 0..N-1 of <see cref="RatingDataSet"/> by binary COPY, 100,000 at a time, then ANALYZEs it.
/// The same size and seed always give the same rows.
/// </summary>
public static class GenerateCommand
{
    public const string DefaultDatabase = "sk_bench_data";
    private const int Chunk = 100_000;

    public static async Task<string> RunAsync(long size, int seed, string database, TextWriter log)
    {
        var connectionString = await BenchDatabases.CreatePostgresAsync(database);
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var heads = new Dictionary<string, SatisfactionKit.Integrity.ChainLink>(StringComparer.Ordinal);
        for (long start = 0; start < size; start += Chunk)
        {
            var count = (int)Math.Min(Chunk, size - start);
            await using var transaction = await connection.BeginTransactionAsync();
            await RawPostgresCopy.CopyAsync(connection, RatingDataSet.Ratings(seed, start, count, province: true), heads);
            await transaction.CommitAsync();
            log.WriteLine($"generated {start + count:N0} / {size:N0} ratings ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync();
        }

        log.WriteLine($"database {database}: {size:N0} ratings, seed {seed}");
        return connectionString;
    }
}
