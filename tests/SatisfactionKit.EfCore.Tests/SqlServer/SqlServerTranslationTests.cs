using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Alerts;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EfCore.Tests.Reports;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

namespace SatisfactionKit.EfCore.Tests.SqlServer;

/// <summary>
/// Every report query and every store statement, built by the real SQL Server provider
/// (<see cref="OfflineSqlServer"/>: translated to T-SQL as for a server, then recorded, not sent). A LINQ
/// expression SQL Server cannot translate (as <c>DateTime.DayOfWeek</c> was) throws here. No SQL Server runs
/// in this test environment: the T-SQL is generated, never executed (docs/efcore.md says so).
/// </summary>
public sealed class SqlServerTranslationTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly OfflineSqlServer _server = new();
    private readonly ServiceProvider _services;

    public SqlServerTranslationTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddDbContext<VendorDbContext>(o => o
            .UseSqlServer("Server=127.0.0.1,1;Database=never_connected;Encrypt=false")
            .AddInterceptors(_server));
        services.AddSatisfactionKit().AddEntityFrameworkStores<VendorDbContext>().AddChainCheckpoints(o =>
        {
            o.KeyId = "test-2026";
            o.Key = StoreFixture.CheckpointKey;
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<ReportGrouping> Groupings => [.. Enum.GetValues<ReportGrouping>()];

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task Every_report_query_translates_for_every_grouping_and_filter(ReportGrouping grouping)
    {
        var reports = _services.GetRequiredService<ISatisfactionReportQueries>();
        var plain = ReportData.November(RatingSchemes.Sipas22Code);
        var narrowed = plain with { UnitCodes = ["U1", "U2"], ProcedureCode = "P1", OfficerId = "CB1", CounterId = "Q1", Channel = RatingChannel.CounterPad };
        foreach (var filter in new[] { plain, narrowed })
        {
            await ExpectSqlAsync(() => reports.GetSatisfactionAsync(filter, grouping, Ct).AsTask());
            await ExpectSqlAsync(() => reports.GetCriteriaAsync(filter, grouping, Ct).AsTask());
            await ExpectSqlAsync(() => reports.GetSipasStyleIndexAsync(filter, grouping, cancellationToken: Ct).AsTask());
            await ExpectSqlAsync(() => reports.GetScoreTotalsAsync(filter with { SchemeCode = RatingSchemes.Tt01Code }, grouping, Ct).AsTask());
            if (grouping != ReportGrouping.Channel)
            {
                await ExpectSqlAsync(() => reports.GetResponseAsync(filter, grouping, Ct).AsTask());
            }
        }
    }

    [Fact]
    public async Task The_heat_map_dossier_outcomes_respondents_unit_rollups_and_scoped_reports_translate()
    {
        var reports = _services.GetRequiredService<ISatisfactionReportQueries>();
        var filter = ReportData.November(RatingSchemes.Sipas22Code);

        var heatMap = await ExpectSqlAsync(() => reports.GetHourWeekdayMatrixAsync(filter, Ct).AsTask());
        Assert.DoesNotContain("DATEPART(weekday", heatMap, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("DATEPART(hour", heatMap, StringComparison.Ordinal);
        await ExpectSqlAsync(() => reports.GetDossierOutcomesAsync(filter, Ct).AsTask());
        await ExpectSqlAsync(() => reports.GetRespondentAnswersAsync(filter, Ct).AsTask());
        await ExpectSqlAsync(() => reports.GetSatisfactionAsync(filter with { UnitScope = new UnitScope("U1", new DateOnly(2026, 11, 1)) }, ReportGrouping.Unit, Ct).AsTask());
        var rollups = _services.GetRequiredService<IUnitReportQueries>();
        await ExpectSqlAsync(() => rollups.GetSatisfactionAsync(filter, new UnitRollup(UnitLevel.Province, new DateOnly(2026, 11, 1), UnitView.AsRestructured), Ct).AsTask());
        await ExpectSqlAsync(() => rollups.GetCriteriaAsync(filter, new UnitRollup(UnitLevel.Province, new DateOnly(2026, 11, 1), UnitView.AsRestructured), Ct).AsTask());
        var totals = await ExpectSqlAsync(() => rollups.GetScoreTotalsAsync(filter with { SchemeCode = RatingSchemes.Tt01Code }, new UnitRollup(UnitLevel.Commune, new DateOnly(2026, 11, 1), UnitView.AsRecorded), Ct).AsTask());
        Assert.Contains("GROUP BY", totals, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_rating_prompt_and_scheme_store_statement_translates()
    {
        var ratings = _services.GetRequiredService<IRatingStore>();
        var sql = await ExpectSqlAsync(() => ratings.AddAsync(Samples.Rating(), Ct).AsTask());
        // The portable group path: the head lock (an UPDATE), the rows and the head move in one transaction.
        Assert.Contains("UPDATE [s]", sql, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO [SK_Ratings]", sql, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO [SK_RatingAnswers]", sql, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO [SK_RatingChoices]", sql, StringComparison.Ordinal);
        await ExpectSqlAsync(() => Task.WhenAll(Enumerable.Range(0, 8).Select(i => ratings.AddAsync(Samples.Rating(dossierCode: $"D-{i}"), Ct).AsTask())));
        var rated = Samples.Rating(dossierCode: "D-9");
        var prompt = new PromptRecord
        {
            Id = rated.PromptId!.Value,
            CounterId = "QUAY-01",
            Dossier = Samples.Dossier("D-9"),
            SchemeCode = RatingSchemes.Hanoi2014Code,
            SchemeVersion = 1,
            OpenedAt = Now,
            ClosedAt = Now.AddSeconds(30),
            Outcome = PromptState.Rated,
            RatingId = rated.Id,
        };
        var promptRatings = _services.GetRequiredService<IPromptRatingStore>();
        Assert.Contains("INSERT INTO [SK_Prompts]", await ExpectSqlAsync(() => promptRatings.AddAsync(rated, prompt, Ct).AsTask()), StringComparison.Ordinal);
        await ExpectSqlAsync(() => ratings.FindAsync(Guid.CreateVersion7(), Ct).AsTask());
        await ExpectSqlAsync(() => ratings.FindByIdempotencyKeyAsync("k", Ct).AsTask());
        await ExpectSqlAsync(() => ratings.ExistsForDossierAsync("D-1", null, Ct).AsTask());
        await ExpectSqlAsync(() => ratings.ExistsForDossierAsync("D-1", RatingChannel.Online, Ct).AsTask());
        await ExpectSqlAsync(() => Task.WhenAll(Enumerable.Range(0, 8).Select(i => ratings.ExistsForDossierAsync($"D-{i}", null, Ct).AsTask())));

        var prompts = _services.GetRequiredService<IPromptStore>();
        await ExpectSqlAsync(() => prompts.AddPromptAsync(prompt with { Id = Guid.CreateVersion7() }, Ct).AsTask());
        await ExpectSqlAsync(() => prompts.AddStrayPressAsync(new StrayPress(Guid.CreateVersion7(), "QUAY-01", StrayPressReason.NoOpenPrompt, "HL", "PAD-1", null, Now), Ct).AsTask());

        var schemes = _services.GetRequiredService<IRatingSchemeStore>();
        await ExpectSqlAsync(() => schemes.FindAsync("X", null, Ct).AsTask());
        await ExpectSqlAsync(() => schemes.FindAsync("X", 2, Ct).AsTask());
        await ExpectSqlAsync(() => schemes.ListAsync(Ct).AsTask());
        await ExpectSqlAsync(() => schemes.AddAsync(RatingSchemes.Hanoi2014, Ct).AsTask());
    }

    [Fact]
    public async Task A_paper_import_batch_translates()
    {
        var batches = _services.GetRequiredService<IRatingBatchStore>();
        var sql = await ExpectSqlAsync(async () =>
        {
            await using var batch = await batches.BeginAsync(new RatingBatchInfo("DOT-1", "nv.khaosat01", "a.csv", Now), Ct);
            await batch.AddRangeAsync([Samples.Rating(dossierCode: "P-1"), Samples.Rating(dossierCode: "P-2")], Ct);
            await batch.CommitAsync(Ct);
        });
        Assert.Contains("INSERT INTO [SK_RatingBatches]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_channel_device_unit_and_integrity_statement_translates()
    {
        var codes = _services.GetRequiredService<IVerificationCodeStore>();
        await ExpectSqlAsync(() => codes.SaveCodeAsync(new VerificationCodeRecord("D-1", new byte[32], Now), Ct).AsTask());
        await ExpectSqlAsync(() => codes.FindCodeAsync("D-1", Ct).AsTask());
        await ExpectSqlAsync(() => codes.AddAttemptAsync(new VerificationAttempt(Guid.CreateVersion7(), "D-1", "1.2.3.4", Now, VerificationOutcome.WrongCode, "rating"), Ct).AsTask());
        await ExpectSqlAsync(() => codes.TryReserveCheckAsync("d:D-1", 5, Now.AddHours(-1), Now, Ct).AsTask());
        await ExpectSqlAsync(() => codes.TryReserveCheckAsync("d:D-1", 0, Now.AddHours(-1), Now, Ct).AsTask());
        await ExpectSqlAsync(() => codes.SettleCheckAsync("d:D-1", true, Now, Ct).AsTask());
        await ExpectSqlAsync(() => codes.SettleCheckAsync("d:D-1", false, Now, Ct).AsTask());
        await ExpectSqlAsync(() => codes.CountWrongCodesForDossierAsync("D-1", Now.AddHours(-1), Ct).AsTask());
        await ExpectSqlAsync(() => codes.CountWrongCodesForClientAsync("1.2.3.4", Now.AddHours(-1), Ct).AsTask());

        var campaigns = _services.GetRequiredService<ISurveyCampaignStore>();
        var campaign = new SurveyCampaign { Id = "KS-1", SchemeCode = RatingSchemes.Hanoi2014Code, Topic = "T", Period = "2026-Q4", AudienceUnitCode = "U1", OpensAt = Now, ClosesAt = Now.AddDays(30) };
        await ExpectSqlAsync(() => campaigns.AddAsync(campaign, Ct).AsTask());
        await ExpectSqlAsync(() => campaigns.FindAsync("KS-1", Ct).AsTask());

        var devices = _services.GetRequiredService<ICounterDeviceStore>();
        await ExpectSqlAsync(() => devices.AddAsync(new CounterDevice("PAD-1", "U1", "Q1", "Máy Q1") { CreatedAt = Now, EnrollmentExpiresAt = Now.AddMinutes(15) }, new byte[32], Ct).AsTask());
        await ExpectSqlAsync(() => devices.RedeemAsync(new byte[32], new byte[32], Now, Ct).AsTask());
        await ExpectSqlAsync(() => devices.FindByCredentialAsync(new byte[32], Ct).AsTask());
        await ExpectSqlAsync(() => devices.FindAsync("PAD-1", Ct).AsTask());
        await ExpectSqlAsync(() => devices.ListAsync(null, Ct).AsTask());
        await ExpectSqlAsync(() => devices.ListAsync("U1", Ct).AsTask());
        await ExpectSqlAsync(() => devices.RevokeAsync("PAD-1", Now, Ct).AsTask());
        await ExpectSqlAsync(() => devices.TouchAsync("PAD-1", Now, null, Ct).AsTask());
        await ExpectSqlAsync(() => devices.TouchAsync("PAD-1", Now, "ready", Ct).AsTask());

        var alerts = _services.GetRequiredService<IAlertStore>();
        var alert = new SatisfactionAlert(Guid.CreateVersion7(), "R1", AlertScope.Unit, "U1", Now, Now, 10, 4);
        await ExpectSqlAsync(() => alerts.AddAsync(alert, Ct).AsTask());
        await ExpectSqlAsync(() => alerts.FindAsync(alert.Id, Ct).AsTask());
        await ExpectSqlAsync(() => alerts.ListOpenAsync(Ct).AsTask());
        await ExpectSqlAsync(() => alerts.AcknowledgeAsync(alert.Id, "officer", "called the unit", Now, Ct).AsTask());

        var invitations = _services.GetRequiredService<IRatingInvitationStore>();
        var invitation = new RatingInvitationRecord(Guid.CreateVersion7(), "D1", "U1", "P1", RatingChannel.Email, RatingInvitationOutcome.Sent, 1, null, Now);
        await ExpectSqlAsync(() => invitations.AddAsync(invitation, Ct).AsTask());
        await ExpectSqlAsync(() => invitations.ListAsync("D1", Ct).AsTask());
        await ExpectSqlAsync(() => invitations.GetResponseRatesAsync(Now.AddDays(-30), Now, null, Ct).AsTask());
        await ExpectSqlAsync(() => invitations.GetResponseRatesAsync(Now.AddDays(-30), Now, ["U1", "U2"], Ct).AsTask());

        var units = _services.GetRequiredService<IUnitStore>();
        await ExpectSqlAsync(() => units.ReplaceAsync(SampleUnits.Catalogue, new DateOnly(2026, 11, 2), Ct).AsTask());
        await ExpectSqlAsync(() => _services.GetRequiredService<IUnitSource>().LoadAsync(Ct).AsTask());

        var verifier = _services.GetRequiredService<IRatingChainVerifier>();
        await ExpectSqlAsync(() => verifier.VerifyAllAsync(cancellationToken: Ct));
        var checkpoints = _services.GetRequiredService<IRatingChainCheckpoints>();
        await ExpectSqlAsync(async () =>
        {
            using var file = new MemoryStream();
            await checkpoints.ExportAsync(file, Ct);
        });
    }

    [Fact]
    public async Task The_offline_server_catches_what_sql_server_cannot_translate()
    {
        // DateTime.DayOfWeek, as the heat map and the weekly grouping used it before ReportCalendar.
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<VendorDbContext>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => context.Set<SatisfactionKit.EntityFrameworkCore.Entities.RatingEntity>()
            .GroupBy(r => r.SubmittedAt.DayOfWeek).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct));
        Assert.Contains("could not be translated", error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Commands);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    /// <summary>Runs <paramref name="action"/> (a translation failure throws) and returns the T-SQL it produced, which must not be empty.</summary>
    private async Task<string> ExpectSqlAsync(Func<Task> action)
    {
        _server.Commands.Clear();
        await action();
        var sql = string.Join("\n;;\n", _server.Commands);
        Assert.False(string.IsNullOrWhiteSpace(sql), "no SQL was produced");
        return sql;
    }
}
