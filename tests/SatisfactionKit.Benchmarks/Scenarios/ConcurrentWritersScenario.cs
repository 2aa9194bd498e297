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
/// Throughput is a round's ratings over its wall time, measured over <see cref="DefaultRounds"/> rounds
/// and reported as their median (this shared two-core machine moved one round's figure by ±20 % between
/// runs); each submit's latency is also recorded, over all rounds.
/// </summary>
public static class ConcurrentWritersScenario
{
    public const string Name = "writers";
    public const int Writers = 64;

    /// <summary>
    /// Ratings submitted by the same writers before the clock starts. The JIT's tiering (dynamic PGO:
    /// instrumented code first, optimised code after) runs on a background thread that the saturated two
    /// cores starve: after 20,000 ratings the client still spent 0.48 ms of CPU per rating and the JIT a
    /// fifth of the machine; after 60,000 it spent 0.24 ms, and 120,000 gave the same throughput as 60,000.
    /// </summary>
    public const int DefaultWarmup = 60_000;

    /// <summary>Measured rounds of <c>size</c> ratings each, one after another on the same database.</summary>
    public const int DefaultRounds = 3;

    public static async Task<ScenarioResult> RunAsync(int size, int writers = Writers, int seed = RatingDataSet.DefaultSeed, int warmup = DefaultWarmup, int rounds = DefaultRounds)
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

            // The warm-up ratings follow the measured ones in the data set: other dossiers, same units.
            var measured = size * rounds;
            var all = RatingDataSet.Ratings(seed, 0, measured + warmup).Select(r => new RatingSubmission
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

            // Warm up outside the clock with the same writers: a short run measured from a cold start
            // times the JIT's tier-0 code and its recompilation more than the library.
            await SubmitAllAsync(service, all[measured..], writers);
            // The tables went from empty to the warm-up's rows in seconds, faster than autovacuum's first
            // look (a minute): without fresh statistics the planner still sees a few thousand rows and
            // scans the whole ratings table for the dossier check (10-17 ms a batch, auto_explain). A
            // central database that has been running has them; give the measured part the same.
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var analyze = new NpgsqlCommand("ANALYZE", connection);
                await analyze.ExecuteNonQueryAsync();
            }

            var (allocated, cpu) = (GC.GetTotalAllocatedBytes(), Process.GetCurrentProcess().TotalProcessorTime);
            var latencies = new List<double>();
            var perSecond = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var started = Stopwatch.GetTimestamp();
                latencies.AddRange(await SubmitAllAsync(service, all[(round * size)..((round + 1) * size)], writers));
                perSecond.Add(size / Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            var (allocatedPerRating, cpuPerRating) = ((GC.GetTotalAllocatedBytes() - allocated) / (double)measured, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / measured);

            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand("""SELECT COUNT(*) FROM "SK_Ratings" """, connection);
                var stored = (long)(await count.ExecuteScalarAsync())!;
                if (stored != measured + warmup)
                {
                    throw new InvalidOperationException($"{stored} ratings stored, {measured + warmup} expected.");
                }
            }

            var result = new ScenarioResult(Name)
                .Add("writers", writers)
                .Add("ratings_per_round", size)
                .Add("rounds", rounds)
                .Add("warmup", warmup);
            for (var round = 0; round < rounds; round++)
            {
                result.Add($"round{round + 1}.ratings_per_s", perSecond[round]);
            }

            return result
                .Add("ratings_per_s", perSecond.Order().ElementAt(perSecond.Count / 2))
                .Add("client_cpu_ms_per_rating", cpuPerRating)
                .Add("client_bytes_per_rating", allocatedPerRating)
                .AddLatencies("submit", latencies);
        }
        finally
        {
            await BenchDatabases.DropPostgresAsync(database);
        }
    }

    /// <summary>Submits <paramref name="submissions"/> through <paramref name="writers"/> concurrent writers; returns each submit's latency.</summary>
    private static async Task<List<double>> SubmitAllAsync(IRatingService service, RatingSubmission[] submissions, int writers)
    {
        var latencies = new List<double>[writers];
        var next = -1;
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
        return [.. latencies.SelectMany(l => l)];
    }
}
