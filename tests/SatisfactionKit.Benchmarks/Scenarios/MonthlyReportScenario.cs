using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P3: the monthly satisfaction report for all units (June 2026, Asia/Ho_Chi_Minh) over a data set
/// made by <c>generate</c>, three ways: the library's <see cref="ISatisfactionReportQueries.GetSatisfactionAsync"/>
/// grouped by unit; a hand-written SQL GROUP BY computing the same figures (ratings, satisfied,
/// dissatisfied dossiers, answers, answer value sum); and a client-side LINQ version that loads the
/// month's rating and answer rows and groups them in memory. Each is run <c>rounds</c> times in turn
/// (after one warm-up each) and the median time is reported; the three must agree on every unit's counts.
/// </summary>
public static class MonthlyReportScenario
{
    public const string Name = "report";

    private const string HandSql = """
        SELECT r."UnitCode", COUNT(*)::int, COUNT(*) FILTER (WHERE r."IsSatisfied")::int,
               COUNT(DISTINCT r."DossierCode") FILTER (WHERE NOT r."IsSatisfied")::int,
               COALESCE(SUM(a.n), 0)::int, COALESCE(SUM(a.s), 0)::bigint
        FROM "SK_Ratings" r
        LEFT JOIN LATERAL (SELECT COUNT(*) AS n, SUM(x."Value") AS s FROM "SK_RatingAnswers" x WHERE x."RatingId" = r."Id") a ON TRUE
        WHERE r."SubmittedAt" >= @from AND r."SubmittedAt" < @to AND r."SchemeCode" = 'HANOI_2014'
        GROUP BY r."UnitCode"
        """;

    private const string RowsSql = """
        SELECT r."Id", r."UnitCode", r."IsSatisfied", r."DossierCode", a."Value"
        FROM "SK_Ratings" r LEFT JOIN "SK_RatingAnswers" a ON a."RatingId" = r."Id"
        WHERE r."SubmittedAt" >= @from AND r."SubmittedAt" < @to AND r."SchemeCode" = 'HANOI_2014'
        """;

    public static async Task<ScenarioResult> RunAsync(string database, int rounds = 5)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseNpgsql(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>();
        await using var provider = services.BuildServiceProvider();
        var queries = provider.GetRequiredService<ISatisfactionReportQueries>();
        var filter = ReportFilter.ForPeriod(ReportPeriod.Month(2026, 6), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"), RatingSchemes.Hanoi2014Code);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        long total;
        await using (var count = new NpgsqlCommand("""SELECT COUNT(*) FROM "SK_Ratings" """, connection))
        {
            total = (long)(await count.ExecuteScalarAsync())!;
        }

        async Task<Dictionary<string, (int Ratings, int Satisfied, int Dissatisfied, int Answers, long Sum)>> Library() =>
            (await queries.GetSatisfactionAsync(filter, ReportGrouping.Unit)).ToDictionary(r => r.Key, r => (r.Ratings, r.Satisfied, r.DissatisfiedDossiers, r.Answers, r.AnswerValueSum));

        async Task<Dictionary<string, (int Ratings, int Satisfied, int Dissatisfied, int Answers, long Sum)>> Hand()
        {
            await using var command = new NpgsqlCommand(HandSql, connection);
            command.Parameters.AddWithValue("from", filter.From.UtcDateTime);
            command.Parameters.AddWithValue("to", filter.To.UtcDateTime);
            command.CommandTimeout = 0;
            var rows = new Dictionary<string, (int, int, int, int, long)>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5));
            }

            return rows;
        }

        async Task<Dictionary<string, (int Ratings, int Satisfied, int Dissatisfied, int Answers, long Sum)>> Linq()
        {
            await using var command = new NpgsqlCommand(RowsSql, connection);
            command.Parameters.AddWithValue("from", filter.From.UtcDateTime);
            command.Parameters.AddWithValue("to", filter.To.UtcDateTime);
            command.CommandTimeout = 0;
            var rows = new List<(Guid Id, string Unit, bool Satisfied, string Dossier, int? Value)>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
                }
            }

            return rows.GroupBy(r => r.Unit).ToDictionary(g => g.Key, g =>
            {
                var ratings = g.GroupBy(r => r.Id).Select(r => r.First()).ToList();
                return (ratings.Count, ratings.Count(r => r.Satisfied), ratings.Where(r => !r.Satisfied).Select(r => r.Dossier).Distinct().Count(),
                    g.Count(r => r.Value is not null), g.Sum(r => (long)(r.Value ?? 0)));
            });
        }

        var ways = new (string Name, Func<Task<Dictionary<string, (int Ratings, int Satisfied, int Dissatisfied, int Answers, long Sum)>>> Run)[]
        {
            ("library", Library), ("sql", Hand), ("linq", Linq),
        };
        var expected = await Hand();
        foreach (var (name, run) in ways)
        {
            var got = await run();
            if (got.Count != expected.Count || got.Any(kv => !expected.TryGetValue(kv.Key, out var e) || e != kv.Value))
            {
                var first = got.FirstOrDefault(kv => !expected.TryGetValue(kv.Key, out var e) || e != kv.Value);
                throw new InvalidOperationException($"The {name} report differs from the hand-written SQL ({got.Count} rows, {expected.Count} expected): {first.Key} {first.Value} vs {expected.GetValueOrDefault(first.Key ?? string.Empty)}.");
            }
        }

        var times = new Dictionary<string, List<double>> { ["library"] = [], ["sql"] = [], ["linq"] = [] };
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, run) in ways)
            {
                var started = Stopwatch.GetTimestamp();
                await run();
                times[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var result = new ScenarioResult(Name)
            .Add("ratings.total", total)
            .Add("ratings.month", expected.Values.Sum(v => v.Ratings))
            .Add("units", expected.Count);
        foreach (var (name, list) in times)
        {
            result.Add($"{name}.median.ms", ScenarioResult.Percentile(list, 0.5)).Add($"{name}.max.ms", list.Max());
        }

        return result
            .Add("ratio.library_over_sql", result["library.median.ms"] / result["sql.median.ms"])
            .Add("ratio.linq_over_library", result["linq.median.ms"] / result["library.median.ms"]);
    }
}
