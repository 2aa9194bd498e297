using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P1: a decoded pad press until its rating is durable in the embedded SQLite file (WAL), through the
/// public API (<see cref="IPromptCoordinator.PressAsync"/> over <c>AddEntityFrameworkStores</c>),
/// against a raw <c>Microsoft.Data.Sqlite</c> INSERT of the same rating and answer rows + COMMIT into
/// another file of the same schema. Each iteration times one press, then one raw insert, so both
/// sides see the same machine load; the prompt is opened before the clock starts (a citizen's press
/// always finds an open prompt). Every press and insert is timed with <see cref="Stopwatch"/>; the
/// figures are the median and nearest-rank p99 of those samples, over all presses and for each of
/// <see cref="DefaultRounds"/> rounds of <c>presses</c>. The headline p99 ratio is the median of the
/// rounds' ratios: on this shared machine one round's p99 ratio moved between about 1.0 and 1.6 from
/// run to run, as other work's bursts landed on one side or the other.
/// </summary>
public static class PressLatencyScenario
{
    public const string Name = "press";

    /// <summary>Measured rounds of <c>presses</c> presses each, one after another.</summary>
    public const int DefaultRounds = 3;

    public static async Task<ScenarioResult> RunAsync(int presses, int warmup = 2000, int rounds = DefaultRounds)
    {
        var libraryDb = await BenchDatabases.CreateSqliteAsync("press-lib");
        var rawDb = await BenchDatabases.CreateSqliteAsync("press-raw");
        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite(libraryDb));
            services.AddSatisfactionKit(o =>
                {
                    o.DefaultScheme = RatingSchemes.FourSmiley;
                    // The benchmark presses faster than any citizen; the anti-repeat interval would refuse them.
                    o.MinimumResponseInterval = TimeSpan.Zero;
                })
                .AddEntityFrameworkStores<SatisfactionKitDbContext>()
                .UseSqliteFastPath();
            await using var provider = services.BuildServiceProvider();
            var coordinator = provider.GetRequiredService<IPromptCoordinator>();

            await using var raw = new SqliteConnection(rawDb);
            await raw.OpenAsync();
            using var rawInsert = new RawSqliteRatingInsert(raw);

            var total = presses * rounds;
            var library = new List<double>(total);
            var baseline = new List<double>(total);
            for (var i = 0; i < warmup + total; i++)
            {
                var counter = $"QUAY-{i % 8:00}";
                var dossier = new DossierReference($"000.00.17.H29-261123-{i:0000000}", "1.001612", "UBND-Q1", "CB-007", counter);
                await coordinator.OpenAsync(new PromptRequest(counter, dossier));

                var started = Stopwatch.GetTimestamp();
                var result = await coordinator.PressAsync(new CounterPress { CounterId = counter, LevelCode = "HL", DeviceId = "PAD-0001" });
                var libraryTime = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (result.Disposition != PressDisposition.Rated)
                {
                    throw new InvalidOperationException($"Press {i} was not rated: {result.Disposition} {result.StrayReason}.");
                }

                var rating = RawSqliteRatingInsert.SameRowAs(dossier, i);
                started = Stopwatch.GetTimestamp();
                rawInsert.Insert(rating);
                var rawTime = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

                if (i >= warmup)
                {
                    library.Add(libraryTime);
                    baseline.Add(rawTime);
                }
            }

            await using (var check = new SqliteConnection(libraryDb))
            {
                await check.OpenAsync();
                await using var count = check.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM SK_Ratings";
                var stored = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                if (stored != warmup + total)
                {
                    throw new InvalidOperationException($"{stored} ratings stored for {warmup + total} presses.");
                }
            }

            var outcome = new ScenarioResult(Name)
                .AddLatencies("library", library)
                .AddLatencies("raw", baseline);
            outcome.Add("ratio.median", outcome["library.median.ms"] / outcome["raw.median.ms"])
                .Add("ratio.p99.all", outcome["library.p99.ms"] / outcome["raw.p99.ms"]);
            var ratios = new List<double>(rounds);
            for (var round = 0; round < rounds; round++)
            {
                var (mine, theirs) = (library.GetRange(round * presses, presses), baseline.GetRange(round * presses, presses));
                var ratio = ScenarioResult.Percentile(mine, 0.99) / ScenarioResult.Percentile(theirs, 0.99);
                outcome.Add($"round{round + 1}.ratio.p99", ratio);
                ratios.Add(ratio);
            }

            return outcome.Add("ratio.p99", ratios.Order().ElementAt(ratios.Count / 2));
        }
        finally
        {
            BenchDatabases.DeleteSqlite(libraryDb);
            BenchDatabases.DeleteSqlite(rawDb);
        }
    }
}
