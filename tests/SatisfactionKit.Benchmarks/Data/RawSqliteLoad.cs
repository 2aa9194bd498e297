using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// Loads ratings 0..N-1 of the stored data set (<see cref="RatingDataSet.ProvinceRating"/>) into a SQLite file with
/// SatisfactionKit's schema (<see cref="BenchDatabases.CreateSqliteAsync"/>): SQLite's counterpart of
/// <see cref="GenerateCommand"/>'s binary COPY. The rows are the library's (<see cref="RawSqliteRows"/>: each
/// rating linked into its unit's chain as the store links it, the chain heads moved with every transaction),
/// written <see cref="TransactionSize"/> ratings per transaction. The library's store cannot load this much
/// here: 64 writers through its group transactions stored ~150 ratings/s, every group rewriting roll-up pages
/// spread over the file.
/// </summary>
/// <remarks>
/// No roll-ups are written: the file's reader rebuilds them from the ratings (<c>IRatingRollups.RebuildAsync</c>),
/// as after any load around the store, and until then the reports read the ratings.
/// </remarks>
public static class RawSqliteLoad
{
    public const int TransactionSize = 50_000;

    private const int ProgressEvery = 100_000;

    // 1 GB: the rating rows' ten indexes and the answers' key take inserts all over the file, so every page
    // they touch is kept in memory rather than read back and rewritten at each transaction.
    private const int CacheKibibytes = 1 << 20;

    /// <summary>
    /// Writes ratings 0..<paramref name="size"/>-1 of <paramref name="seed"/> into the empty file of
    /// <paramref name="connectionString"/>, telling <paramref name="log"/> every 100,000; returns the seconds taken,
    /// making the ratings included.
    /// </summary>
    public static async Task<double> LoadAsync(string connectionString, int size, int seed, TextWriter log)
    {
        // A connection of its own, never pooled: synchronous=OFF and the large page cache are settings of this
        // connection, and a pooled one would carry them into the library's use of the file afterwards. The file's
        // own setting, WAL (BenchDatabases), is kept; the load is checkpointed before the file is handed over.
        var unpooled = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        await using var connection = new SqliteConnection(unpooled);
        connection.Open();
        Pragma(connection, $"PRAGMA synchronous = OFF; PRAGMA cache_size = -{CacheKibibytes};");
        using var rows = new RawSqliteRows(connection);
        var heads = new Dictionary<string, ChainLink>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        var next = Slice(seed, 0, size);
        for (var start = 0; start < size; start += TransactionSize)
        {
            var ratings = await next;
            // The next slice is made on the other core while this one is written.
            next = Slice(seed, start + ratings.Length, size);
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var rating in ratings)
                {
                    var key = RatingChain.ChainKeyOf(rating);
                    heads[key] = rows.Insert(rating, heads.GetValueOrDefault(key), transaction);
                }

                // Every committed transaction leaves the file as the store would: each chain's head row on its last link.
                foreach (var head in heads.Values)
                {
                    rows.SaveHead(head, transaction);
                }

                transaction.Commit();
            }

            var loaded = start + ratings.Length;
            if (loaded % ProgressEvery == 0 || loaded == size)
            {
                log.WriteLine($"loaded {loaded:N0} / {size:N0} ratings into SQLite, raw ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
            }
        }

        Pragma(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static Task<Rating[]> Slice(int seed, int start, int size) =>
        start < size
            ? Task.Run(() => RatingDataSet.Ratings(seed, start, Math.Min(TransactionSize, size - start), province: true))
            : Task.FromResult<Rating[]>([]);

    private static void Pragma(SqliteConnection connection, string pragmas)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }
}
