using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.Benchmarks.Scenarios;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Benchmarks.Tests;

/// <summary>
/// Every benchmark scenario run at a tiny size, so that the benchmarks do not rot between the runs
/// docs/benchmarks.md records: each must finish and report figures that make sense (positive, in
/// order, counts as asked). The figures themselves are not judged here; the machine is shared.
/// </summary>
public sealed class ScenarioSmokeTests
{
    [Fact]
    public void The_data_set_is_the_same_in_every_process_for_a_seed()
    {
        // Pinned values: a generator seeded per process (HashCode) passed any comparison within one run.
        var rating = RatingDataSet.Rating(RatingDataSet.DefaultSeed, 123_456);

        Assert.Equal("019c9aad-0bf0-7ffe-8000-00000001e240", rating.Id.ToString());
        Assert.Equal(7, rating.Id.Version);
        Assert.Equal("000.00.36.H29-260226-00123456", rating.Dossier!.DossierCode);
        Assert.Equal("2026-02-26T22:59:18.0000000+07:00", rating.SubmittedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("HL;HL;HL;HL;", string.Concat(rating.Answers.Select(a => a.LevelCode + ";")));
        Assert.NotEqual(rating.Id, RatingDataSet.Rating(RatingDataSet.DefaultSeed, 123_457).Id);
    }

    [Fact]
    public async Task Press_latency_times_every_press_and_raw_insert_against_sqlite_files()
    {
        var result = await PressLatencyScenario.RunAsync(presses: 20, warmup: 5, rounds: 3);

        Assert.Equal(60, result["library.count"]);
        Assert.Equal(60, result["raw.count"]);
        foreach (var side in new[] { "library", "raw" })
        {
            Assert.InRange(result[$"{side}.median.ms"], 0.001, 10_000);
            Assert.InRange(result[$"{side}.p99.ms"], result[$"{side}.median.ms"], result[$"{side}.max.ms"]);
        }

        Assert.Equal(result["library.p99.ms"] / result["raw.p99.ms"], result["ratio.p99.all"], 6);
        double[] rounds = [result["round1.ratio.p99"], result["round2.ratio.p99"], result["round3.ratio.p99"]];
        Assert.Equal(rounds.Order().ElementAt(1), result["ratio.p99"]);
    }

    [Fact]
    public async Task Paper_import_through_the_batch_store_and_by_copy_both_store_every_rating()
    {
        PostgresServer();

        var result = await PaperImportScenario.RunAsync(size: 300, rounds: 1);

        Assert.Equal(300, result["ratings"]);
        Assert.True(result["library.ratings_per_s"] > 0);
        Assert.True(result["copy.ratings_per_s"] > 0);
        Assert.Equal(result["library.ratings_per_s"] / result["copy.ratings_per_s"], result["ratio.throughput"], 6);
    }

    [Fact]
    public async Task Concurrent_writers_store_every_submitted_rating()
    {
        PostgresServer();

        var result = await ConcurrentWritersScenario.RunAsync(size: 128, writers: 16, warmup: 32, rounds: 3);

        Assert.Equal(3 * 128, result["submit.count"]);
        Assert.Equal(32, result["warmup"]);
        Assert.True(result["client_cpu_ms_per_rating"] > 0);
        double[] rounds = [result["round1.ratings_per_s"], result["round2.ratings_per_s"], result["round3.ratings_per_s"]];
        Assert.Equal(rounds.Order().ElementAt(1), result["ratings_per_s"]);
        Assert.InRange(result["submit.median.ms"], 0.001, result["submit.max.ms"]);
    }

    [Fact]
    public async Task Pad_host_child_process_reports_its_resident_memory_along_the_presses()
    {
        var result = await PadHostMemoryScenario.RunAsync(presses: 2_000);

        Assert.Equal(2_000, result["presses"]);
        // A .NET process with the host loaded is tens of megabytes, never under 5 or over 1 GB.
        Assert.InRange(result["rss.end.mb"], 5, 1024);
        Assert.InRange(result["rss.max.mb"], result["rss.end.mb"], 1024);
    }

    [Fact]
    public async Task Generated_data_set_reports_the_same_month_three_ways_and_its_chains_verify()
    {
        PostgresServer();
        var database = await GenerateCommand.RunAsync(size: 2_000, seed: 7, $"sk_smoke_{Guid.NewGuid():N}", TextWriter.Null);
        try
        {
            // The scenario itself throws when the library, the hand SQL and the LINQ version disagree.
            var report = await MonthlyReportScenario.RunAsync(database, rounds: 1);
            Assert.Equal(2_000, report["ratings.total"]);
            Assert.InRange(report["ratings.month"], 1, 2_000);
            Assert.Equal(report["library.median.ms"] / report["sql.median.ms"], report["ratio.library_over_sql"], 6);

            // The dashboard throws when a view read from the roll-ups differs from the same view read from the ratings.
            var dashboard = await DashboardScenario.RunAsync(database, rounds: 2);
            Assert.Equal(2_000, dashboard["ratings"]);
            Assert.True(dashboard["cells.ratings"] > 0 && dashboard["cells.answers"] > 0);
            Assert.True(dashboard["year.rollups.p95.ms"] > 0 && dashboard["month.ratings.p95.ms"] > 0);

            var verify = await StoredChainVerificationScenario.RunAsync(database);
            Assert.Equal(2_000, verify["copy.links"]);
            Assert.Equal(2_000, verify["portable.links"]);
            Assert.Equal(RatingDataSet.Units, verify["copy.chains"]);
            Assert.Equal(2_000, verify["raw_copy.ratings"]);
            Assert.Equal(2_000, verify["raw_copy_3conn_sync.ratings"]);
            Assert.Equal(2_000, verify["scan_only.ratings"]);
            Assert.True(verify["copy.links_per_s"] > 0 && verify["raw_copy.ratings_per_s"] > 0);
        }
        finally
        {
            await BenchDatabases.DropPostgresAsync(database);
        }
    }

    [Fact]
    public async Task The_dashboard_over_a_sqlite_file_reads_the_same_figures_from_rollups_and_ratings()
    {
        // Throws when a view read from the roll-ups differs from the same view read from the ratings.
        var dashboard = await DashboardScenario.RunSqliteAsync(size: 3_000, seed: RatingDataSet.DefaultSeed, rounds: 2);

        Assert.Equal(3_000, dashboard["ratings"]);
        Assert.True(dashboard["load.seconds"] > 0 && dashboard["cells.ratings"] > 0 && dashboard["cells.answers"] > 0);
        Assert.True(dashboard["year.rollups.p95.ms"] > 0 && dashboard["month.ratings.p95.ms"] > 0);
    }

    /// <summary>The scenarios read the server from the same variable; this fails under the test script when it is missing.</summary>
    private static void PostgresServer() => TestEnvironment.PostgresConnectionString();
}
