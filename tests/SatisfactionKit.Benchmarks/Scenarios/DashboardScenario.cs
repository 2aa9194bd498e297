using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P3d: the province dashboard over a data set made by <c>generate</c> — every view it shows (satisfaction by
/// unit, by month or day, by procedure and by channel; criteria by unit; the hour × weekday heat map), for one
/// month (June 2026) and for the year 2026 — read from the exact roll-ups, beside the same queries reading the
/// ratings (a GROUP BY over them, the library's path when the roll-ups are not built), in the same run. The
/// roll-ups are first rebuilt from the ratings (timed); every figure of every view must be equal both ways.
/// <see cref="SqliteName"/> does the same over a SQLite file loaded raw with the same data set.
/// </summary>
public static class DashboardScenario
{
    public const string Name = "dashboard";

    /// <summary>
    /// The same dashboard over a new SQLite file holding ratings 0..<c>--size</c>-1 of the data set, loaded raw
    /// (<see cref="RawSqliteLoad"/>: the library's rows and chains, no roll-ups); the library then rebuilds the roll-ups.
    /// </summary>
    public const string SqliteName = "dashboard-sqlite";

    /// <summary>Over the PostgreSQL database <c>generate</c> filled.</summary>
    public static Task<ScenarioResult> RunAsync(string database, int rounds = 20) =>
        RunAsync(readRatings => PostgresServices(database, readRatings), "VACUUM ANALYZE", new ScenarioResult(Name), rounds);

    /// <summary>
    /// Over a new SQLite file: the data set loaded raw first (timed: <c>load.seconds</c>, <c>load.ratings_per_s</c>,
    /// the ratings made and written, progress on stderr), then the roll-ups rebuilt by the library (timed) and the same dashboard.
    /// </summary>
    public static async Task<ScenarioResult> RunSqliteAsync(int size, int seed, int rounds = 20)
    {
        var database = await BenchDatabases.CreateSqliteAsync("dashboard");
        try
        {
            var loaded = await RawSqliteLoad.LoadAsync(database, size, seed, Console.Error);
            var result = new ScenarioResult(SqliteName).Add("load.seconds", loaded).Add("load.ratings_per_s", size / loaded);
            return await RunAsync(readRatings => SqliteServices(database, readRatings), "ANALYZE", result, rounds);
        }
        finally
        {
            BenchDatabases.DeleteSqlite(database);
        }
    }

    private static async Task<ScenarioResult> RunAsync(Func<bool, ServiceProvider> services, string analyze, ScenarioResult result, int rounds)
    {
        await using var rollupProvider = services(false);
        await using var ratingProvider = services(true);
        var rollups = rollupProvider.GetRequiredService<IRatingRollups>();
        var started = Stopwatch.GetTimestamp();
        var rebuilt = await rollups.RebuildAsync();
        var rebuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await using (var scope = rollupProvider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.ExecuteSqlRawAsync(analyze);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var periods = new[] { ("month", ReportPeriod.Month(2026, 6), ReportGrouping.Day), ("year", ReportPeriod.Year(2026), ReportGrouping.Month) };
        result
            .Add("ratings", rebuilt.Ratings)
            .Add("rebuild.seconds", rebuildSeconds)
            .Add("rebuild.ratings_per_s", rebuilt.Ratings / rebuildSeconds)
            .Add("cells.ratings", rebuilt.RatingCells)
            .Add("cells.answers", rebuilt.AnswerCells);
        foreach (var (name, period, timeGrouping) in periods)
        {
            var filter = ReportFilter.ForPeriod(period, zone, RatingSchemes.Hanoi2014Code);
            var fromRollups = Views(rollupProvider.GetRequiredService<ISatisfactionReportQueries>(), filter, timeGrouping);
            var fromRatings = Views(ratingProvider.GetRequiredService<ISatisfactionReportQueries>(), filter, timeGrouping);
            // Every figure both ways, before any timing: a view that differs stops the benchmark.
            for (var v = 0; v < fromRollups.Length; v++)
            {
                var a = JsonSerializer.Serialize(await fromRollups[v].Run());
                var b = JsonSerializer.Serialize(await fromRatings[v].Run());
                if (a != b)
                {
                    throw new InvalidOperationException($"{name} {fromRollups[v].Name}: the roll-ups say {a[..Math.Min(a.Length, 300)]}, the ratings {b[..Math.Min(b.Length, 300)]}.");
                }
            }

            var dashboard = new Dictionary<string, List<double>> { ["rollups"] = [], ["ratings"] = [] };
            var views = fromRollups.ToDictionary(v => v.Name, _ => new List<double>());
            for (var round = 0; round < rounds; round++)
            {
                dashboard["rollups"].Add(await TimeAsync(fromRollups, views));
                if (round < Math.Max(3, rounds / 5))
                {
                    // The ratings' path takes seconds at province size: fewer rounds of it.
                    dashboard["ratings"].Add(await TimeAsync(fromRatings, null));
                }
            }

            foreach (var (way, times) in dashboard)
            {
                result.Add($"{name}.{way}.p50.ms", ScenarioResult.Percentile(times, 0.5)).Add($"{name}.{way}.p95.ms", ScenarioResult.Percentile(times, 0.95));
            }

            foreach (var (view, times) in views)
            {
                result.Add($"{name}.view.{view}.p95.ms", ScenarioResult.Percentile(times, 0.95));
            }

            result.Add($"{name}.ratio.ratings_over_rollups", result[$"{name}.ratings.p50.ms"] / result[$"{name}.rollups.p50.ms"]);
        }

        return result;
    }

    private static async Task<double> TimeAsync((string Name, Func<Task<object>> Run)[] views, Dictionary<string, List<double>>? perView)
    {
        var total = Stopwatch.GetTimestamp();
        foreach (var (name, run) in views)
        {
            var started = Stopwatch.GetTimestamp();
            await run();
            perView?[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Stopwatch.GetElapsedTime(total).TotalMilliseconds;
    }

    private static (string Name, Func<Task<object>> Run)[] Views(ISatisfactionReportQueries q, ReportFilter filter, ReportGrouping time) =>
    [
        ("by_unit", async () => await q.GetSatisfactionAsync(filter, ReportGrouping.Unit)),
        ("by_time", async () => await q.GetSatisfactionAsync(filter, time)),
        ("by_procedure", async () => await q.GetSatisfactionAsync(filter, ReportGrouping.Procedure)),
        ("by_channel", async () => await q.GetSatisfactionAsync(filter, ReportGrouping.Channel)),
        ("criteria_by_unit", async () => await q.GetCriteriaAsync(filter, ReportGrouping.Unit)),
        ("heat_map", async () => await q.GetHourWeekdayMatrixAsync(filter)),
    ];

    private static ServiceProvider PostgresServices(string database, bool readRatings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UsePostgreSqlBulkImport();
        return ReadingRatings(services, readRatings).BuildServiceProvider();
    }

    private static ServiceProvider SqliteServices(string database, bool readRatings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UseSqliteFastPath();
        return ReadingRatings(services, readRatings).BuildServiceProvider();
    }

    private static IServiceCollection ReadingRatings(IServiceCollection services, bool readRatings) =>
        readRatings ? services.AddSingleton<IRatingRollups>(sp => new NotBuilt()) : services;

    /// <summary>Roll-ups reported as not built: the report queries read the ratings (their path before roll-ups).</summary>
    private sealed class NotBuilt : IRatingRollups
    {
        public ValueTask<bool> IsBuiltAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public Task<RollupRebuildResult> RebuildAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<RollupCheckResult> CheckAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
