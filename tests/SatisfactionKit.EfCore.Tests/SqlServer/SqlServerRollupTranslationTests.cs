using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EfCore.Tests.Reports;
using SatisfactionKit.EntityFrameworkCore.Reports;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EfCore.Tests.SqlServer;

/// <summary>
/// The report queries as they read the roll-ups, and the roll-ups' own rebuild and check, built by the real
/// SQL Server provider (<see cref="OfflineSqlServer"/>). The roll-ups are declared built here (the offline
/// server has no state row to read), so that every query that a cube can answer takes the roll-up path.
/// </summary>
public sealed class SqlServerRollupTranslationTests : IAsyncDisposable
{
    private readonly OfflineSqlServer _server = new();
    private readonly ServiceProvider _services;

    public SqlServerRollupTranslationTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7))));
        services.AddDbContext<VendorDbContext>(o => o
            .UseSqlServer("Server=127.0.0.1,1;Database=never_connected;Encrypt=false")
            .AddInterceptors(_server));
        services.AddSatisfactionKit().AddEntityFrameworkStores<VendorDbContext>();
        // The library's own implementation (rebuild and check run for real against the offline server), told it is built.
        var registered = services.Single(d => d.ServiceType == typeof(IRatingRollups));
        services.Remove(registered);
        services.AddSingleton(sp => new BuiltRollups((IRatingRollups)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
        services.AddSingleton<IRatingRollups>(sp => sp.GetRequiredService<BuiltRollups>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<ReportGrouping> Groupings => [.. Enum.GetValues<ReportGrouping>()];

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task Every_report_query_translates_reading_the_rollups(ReportGrouping grouping)
    {
        var reports = _services.GetRequiredService<ISatisfactionReportQueries>();
        var plain = ReportData.November(RatingSchemes.Sipas22Code);
        foreach (var filter in new[] { plain, plain with { UnitCodes = ["U1"], Channel = RatingChannel.CounterPad }, plain with { ProcedureCode = "P1" }, plain with { OfficerId = "CB1" }, plain with { CounterId = "Q1" } })
        {
            var satisfaction = await ExpectSqlAsync(() => reports.GetSatisfactionAsync(filter, grouping, Ct).AsTask());
            var criteria = await ExpectSqlAsync(() => reports.GetCriteriaAsync(filter, grouping, Ct).AsTask());
            if (RollupPlan.For(filter, grouping, 420, answers: true) is not null)
            {
                Assert.Contains("AnswerRollups", satisfaction, StringComparison.Ordinal);
                Assert.Contains("RatingRollups", satisfaction, StringComparison.Ordinal);
                // The distinct dissatisfied dossiers: the cells' sum less the repeats of codes with more than one.
                Assert.Contains("[SK_RepeatedDissatisfiedRatings]", satisfaction, StringComparison.Ordinal);
                Assert.Contains("AnswerRollups", criteria, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_heat_map_reads_a_weekday_hour_cube_and_rebuild_and_check_translate()
    {
        var reports = _services.GetRequiredService<ISatisfactionReportQueries>();
        var heatMap = await ExpectSqlAsync(() => reports.GetHourWeekdayMatrixAsync(ReportData.November(), Ct).AsTask());
        Assert.Contains("RatingRollups", heatMap, StringComparison.Ordinal);

        var rollups = _services.GetRequiredService<IRatingRollups>();
        var rebuild = await ExpectSqlAsync(() => rollups.RebuildAsync(cancellationToken: Ct));
        Assert.Contains("DELETE", rebuild, StringComparison.Ordinal);
        Assert.Contains("DELETE FROM [s]\nFROM [SK_DissatisfiedDossiers]", rebuild.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("FROM [SK_RepeatedDissatisfiedRatings]", rebuild, StringComparison.Ordinal);
        var check = await ExpectSqlAsync(() => rollups.CheckAsync(cancellationToken: Ct));
        Assert.Contains("LEFT JOIN [SK_DissatisfiedDossiers]", check, StringComparison.Ordinal);
        Assert.Contains("FROM [SK_RepeatedDissatisfiedRatings]", check, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task<string> ExpectSqlAsync(Func<Task> action)
    {
        _server.Commands.Clear();
        await action();
        var sql = string.Join("\n;;\n", _server.Commands);
        Assert.False(string.IsNullOrWhiteSpace(sql), "no SQL was produced");
        return sql;
    }

    /// <summary>The library's roll-ups, declared built (the offline server cannot answer the state query).</summary>
    private sealed class BuiltRollups(IRatingRollups inner) : IRatingRollups
    {
        public ValueTask<bool> IsBuiltAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(true);

        public Task<RollupRebuildResult> RebuildAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) => inner.RebuildAsync(progress, cancellationToken);

        public Task<RollupCheckResult> CheckAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) => inner.CheckAsync(progress, cancellationToken);
    }
}
