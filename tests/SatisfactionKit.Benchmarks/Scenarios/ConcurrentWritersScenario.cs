using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P2a: <see cref="Writers"/> concurrent writers submitting ratings through the public
/// <see cref="IRatingService.SubmitAsync"/> (validation, uniqueness look-up, EF Core store, and the
/// hash chain when the store keeps one) into PostgreSQL, ratings spread over the data set's units.
/// Throughput is all ratings over the wall time; each submit's latency is also recorded.
/// </summary>
public static class ConcurrentWritersScenario
{
    public const string Name = "writers";
    public const int Writers = 64;

    public static async Task<ScenarioResult> RunAsync(int size, int writers = Writers, int seed = RatingDataSet.DefaultSeed)
    {
        var database = await BenchDatabases.CreatePostgresAsync(maxPoolSize: writers + 8);
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
            services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UsePostgreSqlBulkImport();
            await using var provider = services.BuildServiceProvider();
            var service = provider.GetRequiredService<IRatingService>();

            var submissions = RatingDataSet.Ratings(seed, 0, size).Select(r => new RatingSubmission
            {
                SchemeCode = r.SchemeCode,
                SchemeVersion = r.SchemeVersion,
                Dossier = r.Dossier,
                Channel = RatingChannel.Paper,
                Answers = [.. r.Answers.Select(a => new AnswerSubmission(a.CriterionCode, a.LevelCode))],
                // Ratings are taken only after the result is returned; the generated times are spread over
                // the whole year, so the submission says "returned half an hour ago".
                ResultReturnedAt = DateTimeOffset.UtcNow.AddMinutes(-30),
                IdempotencyKey = r.IdempotencyKey,
            }).ToArray();

            // Warm the pool and EF Core's model and query caches outside the clock.
            await service.SubmitAsync(submissions[0] with { Dossier = submissions[0].Dossier! with { DossierCode = "WARMUP-0001" }, IdempotencyKey = "warmup" });

            var latencies = new List<double>[writers];
            var next = -1;
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                var mine = latencies[w] = [];
                int i;
                while ((i = Interlocked.Increment(ref next)) < submissions.Length)
                {
                    var t = Stopwatch.GetTimestamp();
                    var result = await service.SubmitAsync(submissions[i]);
                    mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    if (!result.Succeeded)
                    {
                        throw new InvalidOperationException($"Rating {i} refused: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
                    }
                }
            })));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand("""SELECT COUNT(*) FROM "SK_Ratings" """, connection);
                var stored = (long)(await count.ExecuteScalarAsync())!;
                if (stored != size + 1)
                {
                    throw new InvalidOperationException($"{stored} ratings stored, {size + 1} expected.");
                }
            }

            return new ScenarioResult(Name)
                .Add("writers", writers)
                .Add("ratings", size)
                .Add("seconds", seconds)
                .Add("ratings_per_s", size / seconds)
                .AddLatencies("submit", [.. latencies.SelectMany(l => l)]);
        }
        finally
        {
            await BenchDatabases.DropPostgresAsync(database);
        }
    }
}
