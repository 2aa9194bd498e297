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
/// figures are the median and nearest-rank p99 of those samples.
/// </summary>
public static class PressLatencyScenario
{
    public const string Name = "press";

    public static async Task<ScenarioResult> RunAsync(int presses, int warmup = 2000)
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
                .AddEntityFrameworkStores<SatisfactionKitDbContext>();
            await using var provider = services.BuildServiceProvider();
            var coordinator = provider.GetRequiredService<IPromptCoordinator>();

            await using var raw = new SqliteConnection(rawDb);
            await raw.OpenAsync();
            var rawInsert = new RawSqliteRatingInsert(raw);

            var library = new List<double>(presses);
            var baseline = new List<double>(presses);
            for (var i = 0; i < warmup + presses; i++)
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
                if (stored != warmup + presses)
                {
                    throw new InvalidOperationException($"{stored} ratings stored for {warmup + presses} presses.");
                }
            }

            var outcome = new ScenarioResult(Name)
                .AddLatencies("library", library)
                .AddLatencies("raw", baseline);
            return outcome
                .Add("ratio.median", outcome["library.median.ms"] / outcome["raw.median.ms"])
                .Add("ratio.p99", outcome["library.p99.ms"] / outcome["raw.p99.ms"]);
        }
        finally
        {
            BenchDatabases.DeleteSqlite(libraryDb);
            BenchDatabases.DeleteSqlite(rawDb);
        }
    }
}
