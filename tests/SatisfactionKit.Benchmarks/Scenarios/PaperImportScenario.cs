using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P2b: importing paper forms into PostgreSQL through the public <see cref="IRatingBatchStore"/> with the
/// PostgreSQL fast path on (<c>UsePostgreSqlBulkImport</c>: binary COPY per chunk) in one
/// transaction, <see cref="ChunkSize"/> ratings per <see cref="IRatingBatch.AddRangeAsync"/>, as the
/// paper importer does), against a raw Npgsql binary COPY of the same rating and answer rows into a
/// database of the same schema. The ratings are generated before the clock starts; each side is run
/// <c>rounds</c> times alternately into fresh databases and the median round is reported.
/// </summary>
public static class PaperImportScenario
{
    public const string Name = "import";

    public const int ChunkSize = 1000;

    public static async Task<ScenarioResult> RunAsync(int size, int rounds = 3, int seed = RatingDataSet.DefaultSeed)
    {
        var ratings = RatingDataSet.Ratings(seed, 0, size);
        var library = new List<double>();
        var baseline = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            library.Add(await LibraryImportAsync(ratings, round));
            baseline.Add(await CopyImportAsync(ratings));
        }

        var libraryMedian = ScenarioResult.Percentile(library, 0.5);
        var copyMedian = ScenarioResult.Percentile(baseline, 0.5);
        return new ScenarioResult(Name)
            .Add("ratings", size)
            .Add("library.median.s", libraryMedian)
            .Add("copy.median.s", copyMedian)
            .Add("library.ratings_per_s", size / libraryMedian)
            .Add("copy.ratings_per_s", size / copyMedian)
            .Add("ratio.throughput", copyMedian / libraryMedian);
    }

    private static async Task<double> LibraryImportAsync(Rating[] ratings, int round)
    {
        var database = await BenchDatabases.CreatePostgresAsync();
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
            services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UsePostgreSqlBulkImport();
            await using var provider = services.BuildServiceProvider();
            var store = provider.GetRequiredService<IRatingBatchStore>();

            var started = Stopwatch.GetTimestamp();
            await using (var batch = await store.BeginAsync(new RatingBatchInfo($"BENCH-{round}", "benchmark", "generated.csv", DateTimeOffset.UtcNow)))
            {
                foreach (var chunk in ratings.Chunk(ChunkSize))
                {
                    await batch.AddRangeAsync(chunk);
                }

                await batch.CommitAsync();
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await EnsureCountAsync(database, ratings.Length);
            return seconds;
        }
        finally
        {
            await BenchDatabases.DropPostgresAsync(database);
        }
    }

    private static async Task<double> CopyImportAsync(Rating[] ratings)
    {
        var database = await BenchDatabases.CreatePostgresAsync();
        try
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            var started = Stopwatch.GetTimestamp();
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await RawPostgresCopy.CopyAsync(connection, ratings, new(StringComparer.Ordinal));
                await transaction.CommitAsync();
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await EnsureCountAsync(database, ratings.Length);
            return seconds;
        }
        finally
        {
            await BenchDatabases.DropPostgresAsync(database);
        }
    }

    private static async Task EnsureCountAsync(string database, int expected)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT COUNT(*) FROM "SK_Ratings" """, connection);
        var stored = (long)(await command.ExecuteScalarAsync())!;
        if (stored != expected)
        {
            throw new InvalidOperationException($"{stored} ratings stored, {expected} expected.");
        }
    }
}
