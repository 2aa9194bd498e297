using System.Globalization;
using SatisfactionKit.Benchmarks.Data;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// The command line beside BenchmarkDotNet's switcher:
/// <c>scenario &lt;press|import|writers|padhost&gt; [--size N] [--seed S]</c> (padhost also
/// <c>[--child PATH]</c>: a published pad host executable instead of the JIT build; press and writers
/// also <c>[--rounds R]</c>: R measured rounds of the size, median reported; writers <c>[--warmup N]</c>),
/// <c>scenario &lt;report|dashboard|verify&gt; [--database NAME]</c> over a generated data set (dashboard also
/// <c>[--rounds R]</c>; verify also <c>[--copy-only]</c>: without the portable reader, which takes minutes over
/// 10,000,000 ratings), <c>scenario dashboard-sqlite [--size N] [--seed S] [--rounds R]</c> (the data set
/// loaded raw into a SQLite file first, the roll-ups rebuilt by the library), and
/// <c>scenario hop [--size PROMPTS]</c> (P6, needs SATISFACTIONKIT_TEST_REDIS),
/// <c>scenario fleet [--size AGENTS] [--rate PRESSES_PER_S] [--seconds S] [--database postgres]</c> (P7) and
/// <c>generate --size N [--seed S] [--database NAME]</c>.
/// </summary>
public static class ScenarioRunner
{
    public static readonly IReadOnlyDictionary<string, int> DefaultSizes = new Dictionary<string, int>
    {
        [PressLatencyScenario.Name] = 2_000,
        [PaperImportScenario.Name] = 100_000,
        [ConcurrentWritersScenario.Name] = 50_000,
        [PadHostMemoryScenario.Name] = 1_000_000,
        [PromptHopScenario.Name] = 500,
        [AgentFleetScenario.Name] = 2_000,
        [DashboardScenario.SqliteName] = 1_000_000,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var size = Option(args, "--size");
        var seed = (int)(Option(args, "--seed") ?? RatingDataSet.DefaultSeed);
        if (args[0] == "generate")
        {
            var database = OptionText(args, "--database") ?? GenerateCommand.DefaultDatabase;
            await GenerateCommand.RunAsync(size ?? 1_000_000, seed, database, Console.Out);
            return 0;
        }

        var name = args.Length > 1 ? args[1] : string.Empty;
        var n = (int)(size ?? (DefaultSizes.TryGetValue(name, out var d) ? d : 0));
        ScenarioResult result = name switch
        {
            PressLatencyScenario.Name => await PressLatencyScenario.RunAsync(n, rounds: (int)(Option(args, "--rounds") ?? PressLatencyScenario.DefaultRounds)),
            PaperImportScenario.Name => await PaperImportScenario.RunAsync(n, seed: seed),
            ConcurrentWritersScenario.Name => await ConcurrentWritersScenario.RunAsync(n, seed: seed, warmup: (int)(Option(args, "--warmup") ?? ConcurrentWritersScenario.DefaultWarmup), rounds: (int)(Option(args, "--rounds") ?? ConcurrentWritersScenario.DefaultRounds)),
            PadHostMemoryScenario.Name => await PadHostMemoryScenario.RunAsync(n, OptionText(args, "--child")),
            MonthlyReportScenario.Name => await MonthlyReportScenario.RunAsync(DataSetDatabase(args)),
            DashboardScenario.Name => await DashboardScenario.RunAsync(DataSetDatabase(args), rounds: (int)(Option(args, "--rounds") ?? 20)),
            DashboardScenario.SqliteName => await DashboardScenario.RunSqliteAsync(n, seed, rounds: (int)(Option(args, "--rounds") ?? 20)),
            PromptHopScenario.Name => await PromptHopScenario.RunAsync(n, Environment.GetEnvironmentVariable("SATISFACTIONKIT_TEST_REDIS") is { Length: > 0 } redis ? redis : throw new InvalidOperationException("P6 needs Redis: set SATISFACTIONKIT_TEST_REDIS (scripts/bench.sh starts one).")),
            AgentFleetScenario.Name => await AgentFleetScenario.RunAsync(n, (int)(Option(args, "--rate") ?? 200), (int)(Option(args, "--seconds") ?? 30), postgres: OptionText(args, "--database") == "postgres"),
            StoredChainVerificationScenario.Name => await StoredChainVerificationScenario.RunAsync(DataSetDatabase(args), portable: !args.Contains("--copy-only")),
            _ => throw new ArgumentException($"Unknown scenario '{name}'; one of: {string.Join(", ", DefaultSizes.Keys)}."),
        };
        Console.Write(result);
        return 0;
    }

    /// <summary>The database <c>generate</c> filled (<c>--database NAME</c>, default <see cref="GenerateCommand.DefaultDatabase"/>).</summary>
    private static string DataSetDatabase(string[] args) =>
        new Npgsql.NpgsqlConnectionStringBuilder(BenchDatabases.PostgresServer()) { Database = OptionText(args, "--database") ?? GenerateCommand.DefaultDatabase, CommandTimeout = 0 }.ConnectionString;

    private static long? Option(string[] args, string name) =>
        OptionText(args, name) is { } text ? long.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
