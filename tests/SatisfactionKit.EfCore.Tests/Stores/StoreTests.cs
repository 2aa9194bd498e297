using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// Every store behaviour, run once per provider by the derived classes (a SQLite file, a PostgreSQL
/// database of its own). Each test gets a fresh database.
/// </summary>
public abstract class StoreTests : StoreFixtureTests
{
    [Fact]
    public async Task A_rating_reads_back_with_every_field_by_id_and_by_key()
    {
        var rating = Samples.Rating();

        var result = await Fixture.Ratings.AddAsync(rating, Ct);

        Assert.False(result.WasDuplicate);
        Assert.Same(rating, result.Rating);
        foreach (var read in new[] { await Fixture.Ratings.FindAsync(rating.Id, Ct), await Fixture.Ratings.FindByIdempotencyKeyAsync(rating.IdempotencyKey, Ct) })
        {
            Assert.NotNull(read);
            AssertSameRating(rating, read);
        }
    }

    [Fact]
    public async Task A_topic_survey_rating_without_dossier_or_lists_reads_back()
    {
        var rating = Samples.Rating() with { Dossier = null, SurveyId = "KS-2026-Q4", Conditions = [], Reasons = [], Comment = null, ResultReturnedAt = null, DeviceId = null, PromptId = null, Channel = RatingChannel.Online };

        await Fixture.Ratings.AddAsync(rating, Ct);

        var read = await Fixture.Ratings.FindAsync(rating.Id, Ct);
        Assert.NotNull(read);
        AssertSameRating(rating, read);
    }

    [Fact]
    public async Task A_rating_by_unit_and_officer_without_dossier_reads_back_and_fills_the_unit_and_officer_columns()
    {
        var rating = Samples.Rating() with { Dossier = null, Officer = new OfficerReference("UBND-Q3", "CB-003"), ResultReturnedAt = null, PromptId = null, DeviceId = null, Channel = RatingChannel.OnlineByOfficer };

        await Fixture.Ratings.AddAsync(rating, Ct);

        var read = await Fixture.Ratings.FindAsync(rating.Id, Ct);
        Assert.NotNull(read);
        AssertSameRating(rating, read);
        Assert.Null(read.Dossier);
    }

    [Fact]
    public async Task Unknown_id_and_key_find_nothing()
    {
        await Fixture.Ratings.AddAsync(Samples.Rating(), Ct);

        Assert.Null(await Fixture.Ratings.FindAsync(Guid.NewGuid(), Ct));
        Assert.Null(await Fixture.Ratings.FindByIdempotencyKeyAsync("no-such-key", Ct));
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_returns_the_stored_rating_and_writes_nothing()
    {
        var first = Samples.Rating(key: "pad-A1B2-000042");
        var retry = Samples.Rating(key: "pad-A1B2-000042") with { Comment = "a retry with other content" };

        await Fixture.Ratings.AddAsync(first, Ct);
        var result = await Fixture.Ratings.AddAsync(retry, Ct);

        Assert.True(result.WasDuplicate);
        Assert.Equal(first.Id, result.Rating.Id);
        Assert.Equal(first.Comment, result.Rating.Comment);
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(4, await context.Set<RatingAnswerEntity>().CountAsync(Ct));
        Assert.Equal(3, await context.Set<RatingChoiceEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task Racing_writers_with_one_idempotency_key_store_one_row_and_all_get_it()
    {
        const int writers = 16;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(0, writers).Select(_ => Samples.Rating(key: "outbox-retry-7")).ToArray();

        // The gate releases the writers together so that several pass the look-up before any insert
        // commits, which drives them into the unique index rather than the early look-up.
        var writes = attempts.Select(rating => Task.Run(async () =>
        {
            await gate.Task;
            return await Fixture.Ratings.AddAsync(rating, Ct);
        })).ToArray();
        gate.SetResult();
        var results = await Task.WhenAll(writes);

        var stored = Assert.Single(results, r => !r.WasDuplicate);
        Assert.All(results, r => Assert.Equal(stored.Rating.Id, r.Rating.Id));
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(4, await context.Set<RatingAnswerEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task A_writer_that_loses_the_race_on_the_unique_key_returns_the_winners_rating_and_writes_nothing()
    {
        var winner = Samples.Rating(key: "web-form-retry-3");
        var loser = Samples.Rating(key: "web-form-retry-3") with { Comment = "the loser's copy" };
        // The winner commits after the loser's look-up found nothing and before the loser's insert.
        Fixture.Race.BeforeNextRatingInsert(async () =>
        {
            await using var other = Fixture.NewContext();
            other.Add(SatisfactionKit.EntityFrameworkCore.Entities.RatingMapper.ToEntity(winner));
            await other.SaveChangesAsync(Ct);
        });

        var result = await Fixture.Ratings.AddAsync(loser, Ct);

        Assert.True(result.WasDuplicate);
        Assert.Equal(winner.Id, result.Rating.Id);
        Assert.Equal(winner.Comment, result.Rating.Comment);
        Assert.Null(await Fixture.Ratings.FindAsync(loser.Id, Ct));
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(4, await context.Set<RatingAnswerEntity>().CountAsync(Ct));
        Assert.Equal(3, await context.Set<RatingChoiceEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task Exists_for_dossier_is_per_channel_or_any_and_runs_as_sql()
    {
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "000.00.17.H29-261102-0001", channel: RatingChannel.CounterPad), Ct);
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "000.00.17.H29-261102-0002", channel: RatingChannel.Online), Ct);
        Fixture.Sql.Commands.Clear();

        Assert.True(await Fixture.Ratings.ExistsForDossierAsync("000.00.17.H29-261102-0001", RatingChannel.CounterPad, Ct));
        Assert.False(await Fixture.Ratings.ExistsForDossierAsync("000.00.17.H29-261102-0001", RatingChannel.Online, Ct));
        Assert.True(await Fixture.Ratings.ExistsForDossierAsync("000.00.17.H29-261102-0001", null, Ct));
        Assert.True(await Fixture.Ratings.ExistsForDossierAsync("000.00.17.H29-261102-0002", null, Ct));
        Assert.False(await Fixture.Ratings.ExistsForDossierAsync("000.00.17.H29-261102-0003", null, Ct));

        // Five commands, each filtering in its WHERE clause: nothing was fetched to filter in memory.
        var commands = Fixture.Sql.Commands.ToArray();
        Assert.Equal(5, commands.Length);
        Assert.All(commands, sql => Assert.Matches("(?s)EXISTS.*WHERE.*DossierCode", sql));
        Assert.Contains("Channel", commands[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Channel", commands[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interceptor_refuses_to_update_a_stored_rating()
    {
        var rating = Samples.Rating();
        await Fixture.Ratings.AddAsync(rating, Ct);

        // A context from the vendor's container: AddEntityFrameworkStores added the interceptor to it.
        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<VendorDbContext>();
            var stored = await context.Set<RatingEntity>().SingleAsync(Ct);
            stored.Comment = "sửa lại / edited";

            var error = await Assert.ThrowsAsync<AppendOnlyViolationException>(() => context.SaveChangesAsync(Ct));
            Assert.Contains("không được sửa hoặc xóa", error.Message, StringComparison.Ordinal);
            Assert.Contains("can be neither modified nor deleted", error.Message, StringComparison.Ordinal);
            Assert.Contains(rating.Id.ToString(), error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(rating.Comment, (await Fixture.Ratings.FindAsync(rating.Id, Ct))!.Comment);
    }

    [Fact]
    public async Task The_interceptor_refuses_to_update_an_answer_even_through_synchronous_SaveChanges()
    {
        var rating = Samples.Rating();
        await Fixture.Ratings.AddAsync(rating, Ct);

        await using (var context = Fixture.NewContext())
        {
            var answer = await context.Set<RatingAnswerEntity>().SingleAsync(a => a.Position == 1, Ct);
            answer.LevelCode = "HL";
            answer.IsSatisfied = true;

            Assert.Throws<AppendOnlyViolationException>(() => context.SaveChanges());
        }

        Assert.Equal("KHL", (await Fixture.Ratings.FindAsync(rating.Id, Ct))!.Answers[1].LevelCode);
    }

    [Fact]
    public async Task The_interceptor_refuses_to_delete_a_rating_an_answer_or_a_reason()
    {
        var rating = Samples.Rating();
        await Fixture.Ratings.AddAsync(rating, Ct);

        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<VendorDbContext>();
            context.Remove(await context.Set<RatingEntity>().SingleAsync(Ct));
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => context.SaveChangesAsync(Ct));
        }

        await using (var context = Fixture.NewContext())
        {
            context.Remove(await context.Set<RatingAnswerEntity>().FirstAsync(a => a.Position == 0, Ct));
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => context.SaveChangesAsync(Ct));
        }

        await using (var context = Fixture.NewContext())
        {
            context.Remove(await context.Set<RatingChoiceEntity>().FirstAsync(c => c.Kind == RatingChoiceKind.Reason && c.Position == 0, Ct));
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => context.SaveChangesAsync(Ct));
        }

        var read = await Fixture.Ratings.FindAsync(rating.Id, Ct);
        Assert.NotNull(read);
        AssertSameRating(rating, read);
    }

    [Fact]
    public async Task The_interceptor_lets_the_vendors_own_entities_change_in_the_same_context()
    {
        await using var context = Fixture.NewContext();
        context.Dossiers.Add(new VendorDossier { Code = "000.00.17.H29-261102-0001" });
        await context.SaveChangesAsync(Ct);
        var dossier = await context.Dossiers.SingleAsync(Ct);
        dossier.Code = "000.00.17.H29-261102-0009";
        await context.SaveChangesAsync(Ct);
        context.Remove(dossier);
        await context.SaveChangesAsync(Ct);

        Assert.Equal(0, await context.Dossiers.CountAsync(Ct));
    }

    [Fact]
    public async Task Prompt_records_and_stray_presses_are_kept_with_every_field()
    {
        var prompt = new PromptRecord
        {
            Id = Guid.CreateVersion7(),
            CounterId = "QUAY-01",
            Dossier = Samples.Dossier(),
            SchemeCode = "HANOI_2014",
            SchemeVersion = 1,
            OpenedAt = StoreFixture.Start,
            ClosedAt = StoreFixture.Start.AddSeconds(30),
            Outcome = PromptState.Expired,
            IncompleteLevelCode = "KHL",
            Note = "Hết thời gian chờ / timed out",
        };
        var press = new StrayPress(Guid.CreateVersion7(), "QUAY-02", StrayPressReason.TooFast, "HL", "PAD-C3D4", prompt.Id, StoreFixture.Start.AddSeconds(31));

        await Fixture.Prompts.AddPromptAsync(prompt, Ct);
        await Fixture.Prompts.AddStrayPressAsync(press, Ct);

        await using var context = Fixture.NewContext();
        var row = await context.Set<PromptRecordEntity>().SingleAsync(Ct);
        Assert.Equal(prompt.Id, row.Id);
        Assert.Equal("QUAY-01", row.CounterId);
        Assert.Equal(prompt.Dossier, new DossierReference(row.DossierCode, row.ProcedureCode, row.UnitCode, row.OfficerId, row.DossierCounterId));
        Assert.Equal(("HANOI_2014", 1), (row.SchemeCode, row.SchemeVersion));
        Assert.Equal(prompt.OpenedAt, new DateTimeOffset(DateTime.SpecifyKind(row.OpenedAt, DateTimeKind.Utc)));
        Assert.Equal(prompt.ClosedAt, new DateTimeOffset(DateTime.SpecifyKind(row.ClosedAt, DateTimeKind.Utc)));
        Assert.Equal(PromptState.Expired, row.Outcome);
        Assert.Null(row.RatingId);
        Assert.Equal("KHL", row.IncompleteLevelCode);
        Assert.Equal(prompt.Note, row.Note);

        var stray = await context.Set<StrayPressEntity>().SingleAsync(Ct);
        Assert.Equal(press, new StrayPress(stray.Id, stray.CounterId, stray.Reason, stray.LevelCode, stray.DeviceId, stray.PromptId, new DateTimeOffset(DateTime.SpecifyKind(stray.PressedAt, DateTimeKind.Utc))));
    }

    [Fact]
    public async Task Scheme_versions_are_stored_listed_and_the_highest_found_by_default()
    {
        var v1 = RatingSchemes.Hanoi2014;
        var v2 = Version(v1, 2);

        await Fixture.Schemes.AddAsync(v2, Ct);
        await Fixture.Schemes.AddAsync(v1, Ct);
        await Fixture.Schemes.AddAsync(v1, Ct);

        Assert.Equal(2, (await Fixture.Schemes.FindAsync(v1.Code, null, Ct))!.Version);
        var first = await Fixture.Schemes.FindAsync(v1.Code, 1, Ct);
        Assert.NotNull(first);
        Assert.Equal(RatingSchemeJson.Serialize(v1), RatingSchemeJson.Serialize(first));
        Assert.Null(await Fixture.Schemes.FindAsync(v1.Code, 3, Ct));
        Assert.Null(await Fixture.Schemes.FindAsync("NO_SUCH", null, Ct));
        Assert.Equal([1, 2], (await Fixture.Schemes.ListAsync(Ct)).Select(s => s.Version));
    }

    [Fact]
    public async Task A_stored_scheme_version_is_never_changed()
    {
        var v1 = RatingSchemes.Hanoi2014;
        await Fixture.Schemes.AddAsync(v1, Ct);
        var changed = RatingSchemeJson.Deserialize(RatingSchemeJson.Serialize(v1).Replace("Hà Nội, 2014", "Hà Nội, 2015", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Fixture.Schemes.AddAsync(changed, Ct).AsTask());

        Assert.Contains("already stored with other content", error.Message, StringComparison.Ordinal);
        Assert.Contains("Hà Nội, 2014", RatingSchemeJson.Serialize((await Fixture.Schemes.FindAsync(v1.Code, 1, Ct))!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rating_service_stores_through_the_ef_stores_and_refuses_a_second_rating_of_the_dossier()
    {
        var submission = new RatingSubmission
        {
            Dossier = Samples.Dossier(),
            Channel = RatingChannel.CounterScreen,
            Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL")],
            ResultReturnedAt = StoreFixture.Start.AddMinutes(-3),
            IdempotencyKey = "screen-QUAY-01-1",
        };

        var stored = await Fixture.RatingService.SubmitAsync(submission, Ct);
        var retried = await Fixture.RatingService.SubmitAsync(submission, Ct);
        var second = await Fixture.RatingService.SubmitAsync(submission with { IdempotencyKey = "screen-QUAY-01-2" }, Ct);

        Assert.True(stored.Succeeded);
        Assert.True(retried.Succeeded);
        Assert.True(retried.WasDuplicate);
        Assert.Equal(stored.Rating!.Id, retried.Rating!.Id);
        Assert.False(second.Succeeded);
        var read = await Fixture.Ratings.FindAsync(stored.Rating.Id, Ct);
        Assert.NotNull(read);
        Assert.True(read.IsSatisfied);
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.True(await context.Set<RatingEntity>().Select(r => r.IsSatisfied).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_scheme_the_agency_stored_is_used_by_the_rating_service()
    {
        var agency = new RatingSchemeBuilder("UBND_Q1_2026", 3)
            .WithName("Khảo sát quầy Quận 1", "District 1 counter survey")
            .AddLevel("KHONG", 1, "Không hài lòng", "Dissatisfied", satisfied: false)
            .AddLevel("CO", 2, "Hài lòng", "Satisfied", satisfied: true)
            .AddCriterion("CHUNG", "Mức độ hài lòng chung", "Overall satisfaction")
            .Build();
        await Fixture.Schemes.AddAsync(agency, Ct);

        var result = await Fixture.RatingService.SubmitAsync(
            new RatingSubmission
            {
                SchemeCode = "UBND_Q1_2026",
                Dossier = Samples.Dossier(),
                Channel = RatingChannel.Online,
                Answers = [new("CHUNG", "CO")],
                ResultReturnedAt = StoreFixture.Start.AddHours(-1),
            },
            Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
        var read = await Fixture.Ratings.FindAsync(result.Rating!.Id, Ct);
        Assert.Equal(("UBND_Q1_2026", 3), (read!.SchemeCode, read.SchemeVersion));
        Assert.Equal([new RatingAnswer("CHUNG", "CO", 2, true)], read.Answers);
    }

    private static RatingScheme Version(RatingScheme scheme, int version) =>
        RatingSchemeJson.Deserialize(RatingSchemeJson.Serialize(scheme).Replace("\"version\": 1,", $"\"version\": {version},", StringComparison.Ordinal));

    private static void AssertSameRating(Rating expected, Rating actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.SchemeCode, actual.SchemeCode);
        Assert.Equal(expected.SchemeVersion, actual.SchemeVersion);
        Assert.Equal(expected.Dossier, actual.Dossier);
        Assert.Equal(expected.SurveyId, actual.SurveyId);
        Assert.Equal(expected.Officer, actual.Officer);
        Assert.Equal(expected.Channel, actual.Channel);
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(expected.Conditions, actual.Conditions);
        Assert.Equal(expected.Reasons, actual.Reasons);
        Assert.Equal(expected.Comment, actual.Comment);
        Assert.Equal(expected.ResultReturnedAt, actual.ResultReturnedAt);
        Assert.Equal(expected.SubmittedAt, actual.SubmittedAt);
        Assert.Equal(TimeSpan.Zero, actual.SubmittedAt.Offset);
        Assert.Equal(expected.DeviceId, actual.DeviceId);
        Assert.Equal(expected.PromptId, actual.PromptId);
        Assert.Equal(expected.IdempotencyKey, actual.IdempotencyKey);
        Assert.Equal(expected.IsSatisfied, actual.IsSatisfied);
    }
}
