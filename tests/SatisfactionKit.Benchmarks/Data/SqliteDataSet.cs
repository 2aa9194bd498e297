using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// Loads the stored data set (<see cref="RatingDataSet.ProvinceRating"/>) into a SQLite file through the
/// library's imports, as <c>generate</c> loads PostgreSQL: batches of <see cref="BatchSize"/> ratings, each one
/// transaction (ratings, chains and roll-ups), fed in chunks as the paper importer feeds them.
/// </summary>
internal static class SqliteDataSet
{
    public const int BatchSize = 50_000;

    private const int ChunkSize = 1_000;

    /// <summary>Imports <paramref name="size"/> ratings through <paramref name="provider"/>'s batch store (then disposes it); returns the seconds taken.</summary>
    public static async Task<double> LoadAsync(ServiceProvider provider, int size, int seed)
    {
        await using (provider)
        {
            var store = provider.GetRequiredService<IRatingBatchStore>();
            var started = Stopwatch.GetTimestamp();
            for (var start = 0; start < size; start += BatchSize)
            {
                var count = Math.Min(BatchSize, size - start);
                await using (var batch = await store.BeginAsync(new RatingBatchInfo($"GEN-{start}", "benchmark", "generated.csv", DateTimeOffset.UtcNow)))
                {
                    for (var chunk = 0; chunk < count; chunk += ChunkSize)
                    {
                        await batch.AddRangeAsync(RatingDataSet.Ratings(seed, start + chunk, Math.Min(ChunkSize, count - chunk), province: true));
                    }

                    await batch.CommitAsync();
                }

                Console.Error.WriteLine($"loaded {start + count:N0} / {size:N0} ratings into SQLite ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
            }

            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
    }
}
