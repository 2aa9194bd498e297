using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// How the EF Core rating store spends durable commits: one per counter press (the rating and its
/// prompt record together), and one per group when many writers submit at once, without one refused
/// rating failing the others of its group. Run once per provider by the derived classes.
/// </summary>
public abstract class GroupCommitTests : StoreFixtureTests
{
    [Fact]
    public async Task A_press_stores_the_rating_and_its_prompt_record_in_one_commit()
    {
        var coordinator = Fixture.Services.GetRequiredService<IPromptCoordinator>();
        await coordinator.OpenAsync(new PromptRequest("QUAY-01", Samples.Dossier()), Ct);
        Fixture.Commits.Reset();

        var press = await coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL", DeviceId = "PAD-A1B2" }, Ct);

        Assert.Equal(PressDisposition.Rated, press.Disposition);
        Assert.Equal(1, Fixture.Commits.Commits);
        await using var context = Fixture.NewContext();
        var rating = await context.Set<RatingEntity>().SingleAsync(Ct);
        var prompt = await context.Set<PromptRecordEntity>().SingleAsync(Ct);
        Assert.Equal(press.RatingId, rating.Id);
        Assert.Equal(rating.Id, prompt.RatingId);
        Assert.Equal(rating.PromptId, prompt.Id);
        Assert.Equal(PromptState.Rated, prompt.Outcome);
        Assert.Equal("QUAY-01", prompt.CounterId);
        // The record is linked into its unit's prompt chain in that same commit.
        Assert.Equal(("prompts:" + rating.UnitCode, 1L), (prompt.ChainKey, prompt.ChainSequence));
        Assert.True((await Fixture.ChainVerifier.VerifyAsync(prompt.ChainKey!, cancellationToken: Ct)).IsIntact);
    }

    [Fact]
    public async Task A_prompt_that_expires_is_still_recorded_by_the_prompt_store()
    {
        var coordinator = Fixture.Services.GetRequiredService<IPromptCoordinator>();
        await coordinator.OpenAsync(new PromptRequest("QUAY-02", Samples.Dossier(counter: "QUAY-02")), Ct);

        Assert.True(await coordinator.CancelAsync("QUAY-02", Ct));

        await using var context = Fixture.NewContext();
        var prompt = await context.Set<PromptRecordEntity>().SingleAsync(Ct);
        Assert.Equal(PromptState.Cancelled, prompt.Outcome);
        Assert.Null(prompt.RatingId);
        Assert.Equal(0, await context.Set<RatingEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task Ratings_submitted_together_share_commits_and_every_chain_verifies()
    {
        const int writers = 64;
        // One unit, so one chain: all of them contend for the same head, as one busy unit's counters do.
        var ratings = Enumerable.Range(0, writers).Select(i => Samples.Rating(dossierCode: $"000.00.17.H29-261102-{i:0000}")).ToArray();
        // The first transaction waits until every writer has queued, so the rest gather into one group.
        Fixture.Race.BeforeNextRatingInsert(() => Task.Delay(TimeSpan.FromMilliseconds(500), Ct));
        Fixture.Commits.Reset();

        var results = await Task.WhenAll(ratings.Select(r => Task.Run(() => Fixture.Ratings.AddAsync(r, Ct).AsTask(), Ct)));

        Assert.All(results, r => Assert.False(r.WasDuplicate));
        Assert.InRange(Fixture.Commits.Commits, 1, 2);
        await using var context = Fixture.NewContext();
        Assert.Equal(writers, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(4 * writers, await context.Set<RatingAnswerEntity>().CountAsync(Ct));
        var sequences = await context.Set<RatingEntity>().GroupBy(r => r.ChainKey).Select(g => new { g.Key, Count = g.Count(), Max = g.Max(r => r.ChainSequence) }).ToListAsync(Ct);
        var chain = Assert.Single(sequences);
        Assert.Equal(writers, chain.Max);
        Assert.Equal(writers, await VerifyEveryChainAsync());
    }

    [Fact]
    public async Task Retries_in_a_group_get_the_stored_rating_and_the_new_ones_of_the_group_are_linked()
    {
        const int stored = 6, fresh = 30;
        var earlier = Enumerable.Range(0, stored).Select(i => Samples.Rating(dossierCode: $"000.00.17.H29-261103-{i:0000}")).ToArray();
        foreach (var rating in earlier)
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }

        // Retries carry the stored ratings' keys (a counter that did not see its answer) with new ids;
        // the first transaction waits so that retries and new ratings gather into one group.
        var retries = earlier.Select(r => r with { Id = Guid.NewGuid() });
        var ratings = Enumerable.Range(stored, fresh).Select(i => Samples.Rating(dossierCode: $"000.00.17.H29-261103-{i:0000}")).Concat(retries).ToArray();
        Fixture.Race.BeforeNextRatingInsert(() => Task.Delay(TimeSpan.FromMilliseconds(500), Ct));
        Fixture.Commits.Reset();

        var results = await Task.WhenAll(ratings.Select(r => Task.Run(() => Fixture.Ratings.AddAsync(r, Ct).AsTask(), Ct)));

        // The retries were left out of the group, not refused by the unique index (which would split the
        // group into one commit per rating).
        Assert.InRange(Fixture.Commits.Commits, 1, 3);
        Assert.Equal(fresh, results.Count(r => !r.WasDuplicate));
        Assert.Equal(earlier.Select(r => r.Id).Order(), results.Where(r => r.WasDuplicate).Select(r => r.Rating.Id).Order());
        await using var context = Fixture.NewContext();
        Assert.Equal(stored + fresh, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(stored + fresh, await VerifyEveryChainAsync());
    }

    [Fact]
    public async Task A_rating_the_database_refuses_fails_alone_and_the_rest_of_its_group_is_stored()
    {
        // A prompt record already kept under the id the bad rating's record reuses: its insert breaks the
        // primary key, so the group it travels in is refused as a whole and must be written one by one.
        var taken = Guid.CreateVersion7();
        var together = (IPromptRatingStore)Fixture.Ratings;
        await Fixture.Prompts.AddPromptAsync(Record(taken, Samples.Rating()), Ct);
        var ratings = Enumerable.Range(0, 10).Select(i => Samples.Rating(dossierCode: $"000.00.17.H29-261102-{i:0000}")).ToArray();
        Fixture.Race.BeforeNextRatingInsert(() => Task.Delay(TimeSpan.FromMilliseconds(500), Ct));

        var writes = ratings.Select((r, i) => Task.Run(() => together.AddAsync(r, Record(i == 5 ? taken : r.PromptId!.Value, r), Ct).AsTask(), Ct)).ToArray();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => writes[5]);
        foreach (var write in writes.Where((_, i) => i != 5))
        {
            Assert.False((await write).WasDuplicate);
        }

        await using var context = Fixture.NewContext();
        Assert.Equal(9, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.False(await context.Set<RatingEntity>().AnyAsync(r => r.Id == ratings[5].Id, Ct));
        Assert.Equal(10, await context.Set<PromptRecordEntity>().CountAsync(Ct));
        Assert.Equal(9, await VerifyEveryChainAsync());
    }

    [Fact]
    public async Task Many_dossier_checks_at_once_each_get_their_own_answer_and_share_queries_on_a_server()
    {
        for (var i = 0; i < 20; i += 2)
        {
            await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: $"HS-{i:000}", channel: i % 4 == 0 ? RatingChannel.CounterPad : RatingChannel.Online), Ct);
        }

        Fixture.Sql.Commands.Clear();
        var checks = Enumerable.Range(0, 200).Select(n => (Code: $"HS-{n % 25:000}", Channel: (n % 3) switch { 0 => (RatingChannel?)null, 1 => RatingChannel.CounterPad, _ => RatingChannel.Online })).ToArray();
        var answers = await Task.WhenAll(checks.Select(c => Task.Run(() => Fixture.Ratings.ExistsForDossierAsync(c.Code, c.Channel, Ct).AsTask(), Ct)));

        for (var n = 0; n < checks.Length; n++)
        {
            var number = int.Parse(checks[n].Code[3..], System.Globalization.CultureInfo.InvariantCulture);
            var ratedOn = number < 20 && number % 2 == 0 ? (number % 4 == 0 ? RatingChannel.CounterPad : RatingChannel.Online) : (RatingChannel?)null;
            var expected = ratedOn is not null && (checks[n].Channel is null || checks[n].Channel == ratedOn);
            Assert.True(expected == answers[n], $"{checks[n].Code} on {checks[n].Channel?.ToString() ?? "any channel"}: expected {expected}");
        }

        if (Provider == "sqlite")
        {
            // In the process, each question is one prepared EXISTS: cheaper than building an IN list.
            Assert.Equal(checks.Length, Fixture.Sql.Commands.Count);
            Assert.All(Fixture.Sql.Commands, sql => Assert.Matches("(?s)EXISTS.*WHERE.*DossierCode", sql));
        }
        else
        {
            // Questions asked together were answered together: fewer queries than questions.
            Assert.InRange(Fixture.Sql.Commands.Count, 1, checks.Length - 1);
        }
    }

    /// <summary>Verifies every chain and returns the links checked.</summary>
    private async Task<long> VerifyEveryChainAsync()
    {
        long links = 0;
        foreach (var chain in await Fixture.ChainVerifier.GetChainKeysAsync(Ct))
        {
            var result = await Fixture.ChainVerifier.VerifyAsync(chain, cancellationToken: Ct);
            Assert.True(result.IsIntact, result.ToString());
            // The ratings' links; the prompt records' chains must be intact too.
            links += result.Kind == SatisfactionKit.Integrity.ChainKind.Ratings ? result.LinksChecked : 0;
        }

        return links;
    }

    private static PromptRecord Record(Guid id, Rating rating) => new()
    {
        Id = id,
        CounterId = "QUAY-01",
        Dossier = rating.Dossier!,
        SchemeCode = rating.SchemeCode,
        SchemeVersion = rating.SchemeVersion,
        OpenedAt = rating.SubmittedAt.AddSeconds(-20),
        ClosedAt = rating.SubmittedAt,
        Outcome = PromptState.Rated,
        RatingId = rating.Id,
    };
}

/// <summary>The group commit over a SQLite file (one writer lane).</summary>
public sealed class SqliteGroupCommitTests : GroupCommitTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The group commit over PostgreSQL (several lanes).</summary>
public sealed class PostgresGroupCommitTests : GroupCommitTests
{
    protected override string Provider => "postgres";
}

/// <summary>The group commit over PostgreSQL with the rating rows written by binary COPY.</summary>
public sealed class PostgresCopyGroupCommitTests : GroupCommitTests
{
    protected override string Provider => "postgres";

    protected override bool BulkImport => true;
}
