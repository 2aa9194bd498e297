using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// Loads the stored data set (<see cref="RatingDataSet.ProvinceRating"/>) into a SQLite file through the
/// library's store, as <c>generate</c> loads PostgreSQL: <see cref="Writers"/> concurrent writers, whose ratings
/// the store gathers into group transactions (ratings, chains and roll-ups) on the SQLite fast path. (The paper
/// import path, EF Core's statements per chunk, loads SQLite at a few hundred ratings a second.)
/// </summary>
internal static class SqliteDataSet
{
    public const int Writers = 64;

    private const int Slice = 10_000;

    /// <summary>Stores <paramref name="size"/> ratings through <paramref name="provider"/>'s store (then disposes it); returns the seconds taken.</summary>
    public static async Task<double> LoadAsync(ServiceProvider provider, int size, int seed)
    {
        await using (provider)
        {
            var store = provider.GetRequiredService<IRatingStore>();
            var started = Stopwatch.GetTimestamp();
            for (var start = 0; start < size; start += Slice)
            {
                var ratings = RatingDataSet.Ratings(seed, start, Math.Min(Slice, size - start), province: true);
                await Parallel.ForEachAsync(ratings, new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (rating, ct) => await store.AddAsync(rating, ct));
                if ((start + ratings.Length) % 100_000 == 0 || start + ratings.Length == size)
                {
                    Console.Error.WriteLine($"loaded {start + ratings.Length:N0} / {size:N0} ratings into SQLite ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
                }
            }

            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
    }
}
