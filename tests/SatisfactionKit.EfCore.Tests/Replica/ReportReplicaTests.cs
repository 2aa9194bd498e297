using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EfCore.Tests.Reports;
using SatisfactionKit.EfCore.Tests.Units;
using SatisfactionKit.EntityFrameworkCore.Reports;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Units;

namespace SatisfactionKit.EfCore.Tests.Replica;

/// <summary>
/// The report queries on the test server's streaming replica (<c>UseReportReplica</c>): ratings written on the
/// primary through the stores, then, once the replica has replayed them, every figure through the
/// replica-configured services equals the figure through primary-only ones; the queries really go to the replica;
/// and nothing can be written through the replica's context.
/// </summary>
public sealed class ReportReplicaTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(StoreFixture.Start.Date);

    private readonly SqlLog _replicaSql = new();
    private StoreFixture? _fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Writes go to the primary; the report queries of these services go to the replica.</summary>
    private StoreFixture Fixture => _fixture!;

    private string PrimaryConnectionString => Fixture.Database.ConnectionString;

    /// <summary>The replica's connection to the fixture's database (replicated from the primary like every other).</summary>
    private string ReplicaConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresReplicaConnectionString())
    {
        Database = new NpgsqlConnectionStringBuilder(PrimaryConnectionString).Database,
    }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        // Fails under the test script when the replica is missing, skips otherwise.
        TestEnvironment.PostgresReplicaConnectionString();
        // The replica's options are built when a report query runs, by which time the fixture (and its database) exists.
        _fixture = await StoreFixture.CreateAsync("postgres", configure: services => services.AddSatisfactionKit()
            .UseReportReplica(o => o.UseNpgsql(ReplicaConnectionString).AddInterceptors(_replicaSql)));
        // The test database (and its tables) exist on the replica only once it has replayed their creation.
        await ReplicaReplay.WaitAsync(PrimaryConnectionString, ReplicaConnectionString, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Every_report_figure_through_the_replica_equals_the_primarys_once_it_has_caught_up()
    {
        await AddAsync([.. ReportData.Hanoi(), .. ReportData.Sipas(), .. ReportData.Tt01()]);
        foreach (var prompt in ReportData.Prompts())
        {
            await Fixture.Prompts.AddPromptAsync(prompt, Ct);
        }

        foreach (var press in ReportData.StrayPresses())
        {
            await Fixture.Prompts.AddStrayPressAsync(press, Ct);
        }

        await ReplicaReplay.WaitAsync(PrimaryConnectionString, ReplicaConnectionString, Ct);
        await using var primaryOnly = PrimaryOnly();

        var onPrimary = await FiguresAsync(primaryOnly.GetRequiredService<ISatisfactionReportQueries>());
        Fixture.Sql.Commands.Clear();
        var onReplica = await FiguresAsync(Fixture.Services.GetRequiredService<ISatisfactionReportQueries>());

        Assert.Equal(onPrimary, onReplica);
        // Not vacuous: November's total under Hà Nội 2014 is R1..R5 (ReportQueryTests computes it by hand).
        Assert.Contains("\"Ratings\":5,", onReplica[0], StringComparison.Ordinal);
        Assert.All(onReplica, f => Assert.NotEqual("[]", f));
        // Every GROUP BY went to the replica's connection, none to the primary's.
        Assert.Contains(_replicaSql.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_unit_rollup_through_the_replica_equals_the_primarys_once_it_has_caught_up()
    {
        await Fixture.Services.GetRequiredService<IUnitStore>().ReplaceAsync(SampleUnits.Catalogue, Today, Ct);
        await AddAsync(UnitRatings.All());

        await ReplicaReplay.WaitAsync(PrimaryConnectionString, ReplicaConnectionString, Ct);
        await using var primaryOnly = PrimaryOnly();

        var onPrimary = await RollupsAsync(primaryOnly.GetRequiredService<IUnitReportQueries>());
        var onReplica = await RollupsAsync(Fixture.Services.GetRequiredService<IUnitReportQueries>());

        Assert.Equal(onPrimary, onReplica);
        // Not vacuous: by commune as restructured, Phủ Lý's 10 ratings under the ward they were merged into (UnitRollupTests).
        Assert.Contains("\"Ratings\":10,", onReplica[4], StringComparison.Ordinal);
        Assert.Contains(_replicaSql.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_queries_read_the_replica_a_rating_it_has_not_replayed_is_not_in_its_figures()
    {
        await AddAsync(ReportData.Hanoi());
        await ReplicaReplay.WaitAsync(PrimaryConnectionString, ReplicaConnectionString, Ct);
        await using var primaryOnly = PrimaryOnly();
        var onPrimary = primaryOnly.GetRequiredService<ISatisfactionReportQueries>();
        var onReplica = Fixture.Services.GetRequiredService<ISatisfactionReportQueries>();

        await ReplicaReplay.PauseAsync(ReplicaConnectionString, Ct);
        try
        {
            // T1 (TT01, no dossier) is in November: the primary counts R1..R5 and T1; the paused replica still R1..R5.
            await AddAsync(ReportData.Tt01().Take(1));
            Assert.Equal(6, await NovemberTotalAsync(onPrimary));
            Assert.Equal(5, await NovemberTotalAsync(onReplica));
        }
        finally
        {
            await ReplicaReplay.ResumeAsync(ReplicaConnectionString);
        }

        await ReplicaReplay.WaitAsync(PrimaryConnectionString, ReplicaConnectionString, Ct);
        Assert.Equal(6, await NovemberTotalAsync(onReplica));
    }

    [Fact]
    public async Task The_replica_context_is_the_vendors_context_on_the_replica_untracked_and_refuses_writes()
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ReportContextSource<VendorDbContext>>();
        var context = source.Context;

        Assert.True(source.IsReplica);
        Assert.Equal(
            new NpgsqlConnectionStringBuilder(ReplicaConnectionString).Port,
            new NpgsqlConnectionStringBuilder(context.Database.GetConnectionString()).Port);
        Assert.Equal(QueryTrackingBehavior.NoTracking, context.ChangeTracker.QueryTrackingBehavior);
        // The vendor's model: its own table and SatisfactionKit's, named as on the primary.
        await using (var primary = Fixture.NewContext())
        {
            Assert.Equal(Tables(primary), Tables(context));
            Assert.Contains("Dossiers", Tables(context));
        }

        context.Dossiers.Add(new VendorDossier { Code = "HS-001" });
        var saved = await Assert.ThrowsAsync<InvalidOperationException>(async () => await context.SaveChangesAsync(Ct));
        Assert.Contains("The report replica's context is read-only", saved.Message, StringComparison.Ordinal);
        Assert.Contains("chỉ để đọc", saved.Message, StringComparison.Ordinal);
        var deleted = await Assert.ThrowsAsync<InvalidOperationException>(async () => await context.Dossiers.ExecuteDeleteAsync(Ct));
        Assert.Equal(saved.Message, deleted.Message);
    }

    /// <summary>The same library over the same database, without the replica: the figures to compare with.</summary>
    private ServiceProvider PrimaryOnly()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(StoreFixture.Start));
        services.AddDbContext<VendorDbContext>(Fixture.Database.Configure);
        services.AddSatisfactionKit().AddEntityFrameworkStores<VendorDbContext>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Every query of <see cref="ISatisfactionReportQueries"/>, each answer as JSON (records of lists compare by content so).</summary>
    private static async Task<List<string>> FiguresAsync(ISatisfactionReportQueries reports)
    {
        var november = ReportData.November();
        var hanoi = ReportData.November("HANOI_2014");
        var figures = new List<string> { Json(await reports.GetSatisfactionAsync(hanoi, ReportGrouping.Total, Ct)) };
        foreach (var grouping in new[] { ReportGrouping.Unit, ReportGrouping.Officer, ReportGrouping.Counter, ReportGrouping.Channel, ReportGrouping.Day, ReportGrouping.Month })
        {
            figures.Add(Json(await reports.GetSatisfactionAsync(november, grouping, Ct)));
            figures.Add(Json(await reports.GetCriteriaAsync(hanoi, grouping, Ct)));
        }

        figures.Add(Json(await reports.GetSipasStyleIndexAsync(ReportData.November("SIPAS_22"), ReportGrouping.Unit, cancellationToken: Ct)));
        figures.Add(Json(await reports.GetRespondentAnswersAsync(ReportData.November("SIPAS_22"), Ct)));
        figures.Add(Json(await reports.GetResponseAsync(november, ReportGrouping.Counter, Ct)));
        figures.Add(Json(await reports.GetResponseAsync(november, ReportGrouping.Day, Ct)));
        figures.Add(Json(await reports.GetHourWeekdayMatrixAsync(november, Ct)));
        figures.Add(Json(await reports.GetScoreTotalsAsync(ReportData.November("TT01_2018"), ReportGrouping.Unit, Ct)));
        figures.Add(Json(await reports.GetScoreTotalsAsync(ReportData.November("TT01_2018"), ReportGrouping.Officer, Ct)));
        figures.Add(Json(await reports.GetDossierOutcomesAsync(ReportData.FourthQuarter(), Ct)));
        return figures;
    }

    /// <summary>Every query of <see cref="IUnitReportQueries"/>, as recorded before the merger and as restructured today.</summary>
    private static async Task<List<string>> RollupsAsync(IUnitReportQueries rollups)
    {
        var figures = new List<string>();
        foreach (var rollup in new[]
        {
            new UnitRollup(UnitLevel.Province, SampleUnits.BeforeMerger, UnitView.AsRecorded),
            new UnitRollup(UnitLevel.Province, Today, UnitView.AsRestructured),
            new UnitRollup(UnitLevel.Commune, Today, UnitView.AsRestructured),
        })
        {
            figures.Add(Json(await rollups.GetSatisfactionAsync(UnitRatings.JuneAndJuly("HANOI_2014"), rollup, Ct)));
            figures.Add(Json(await rollups.GetCriteriaAsync(UnitRatings.JuneAndJuly("HANOI_2014"), rollup, Ct)));
        }

        return figures;
    }

    private static async Task<int> NovemberTotalAsync(ISatisfactionReportQueries reports) =>
        Assert.Single(await reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Total, Ct)).Ratings;

    private static string[] Tables(DbContext context) => [.. context.Model.GetEntityTypes().Select(e => e.GetTableName() ?? string.Empty).Order(StringComparer.Ordinal)];

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private async Task AddAsync(IEnumerable<Rating> ratings)
    {
        foreach (var rating in ratings)
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }
    }
}
