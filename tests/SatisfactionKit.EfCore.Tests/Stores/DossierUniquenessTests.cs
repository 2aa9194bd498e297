using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// "One rating per dossier (per channel)" held by the database's unique slot, not by the look-up before
/// the insert: simultaneous writers of one dossier, each with a key of its own, store exactly one rating,
/// and the others are told "already rated". Run once per provider by the derived classes.
/// </summary>
public abstract class DossierUniquenessTests : StoreFixtureTests
{
    [Fact]
    public async Task Twenty_simultaneous_ratings_of_one_dossier_store_one()
    {
        var service = Fixture.RatingService;
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            start.Wait(Ct);
            return await service.SubmitAsync(Submission($"online-{i}"), Ct);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ErrorCodes.AlreadyRated, Assert.Single(r.Errors).ErrorCode));
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(r => r.DossierCode == "000.00.17.H29-261207-0020", Ct));
    }

    [Fact]
    public async Task The_database_refuses_a_second_rating_that_skipped_the_look_up()
    {
        // Straight to the store, as a writer that raced past the validator would arrive.
        var first = await Fixture.Ratings.AddAsync(Samples.Rating("first", "DOSSIER-SLOT-1"), Ct);
        var second = await Fixture.Ratings.AddAsync(Samples.Rating("second", "DOSSIER-SLOT-1"), Ct);

        Assert.False(first.DossierAlreadyRated);
        Assert.True(second.DossierAlreadyRated);
        Assert.Equal(first.Rating.Id, second.Rating.Id);
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(r => r.DossierCode == "DOSSIER-SLOT-1", Ct));
    }

    [Fact]
    public async Task Another_channel_of_the_same_dossier_is_its_own_slot()
    {
        var pad = await Fixture.Ratings.AddAsync(Samples.Rating("pad", "DOSSIER-SLOT-2", RatingChannel.CounterPad), Ct);
        var online = await Fixture.Ratings.AddAsync(Samples.Rating("online", "DOSSIER-SLOT-2", RatingChannel.Online), Ct);

        Assert.False(pad.DossierAlreadyRated);
        Assert.False(online.DossierAlreadyRated);
        Assert.NotEqual(pad.Rating.Id, online.Rating.Id);
    }

    [Fact]
    public async Task Ratings_without_a_dossier_have_no_slot()
    {
        var officer = new OfficerReference("UBND-Q1", "CB-007");
        var first = await Fixture.Ratings.AddAsync(Samples.Rating("officer-1") with { Dossier = null, Officer = officer }, Ct);
        var second = await Fixture.Ratings.AddAsync(Samples.Rating("officer-2") with { Dossier = null, Officer = officer }, Ct);

        Assert.False(second.DossierAlreadyRated);
        Assert.NotEqual(first.Rating.Id, second.Rating.Id);
    }

    private static RatingSubmission Submission(string key) => new()
    {
        SchemeCode = "HANOI_2014",
        Dossier = Samples.Dossier("000.00.17.H29-261207-0020"),
        Channel = RatingChannel.Online,
        Answers =
        [
            new AnswerSubmission("THONG_TIN_CSVC", "HL"),
            new AnswerSubmission("HO_SO", "HL"),
            new AnswerSubmission("THAI_DO", "HL"),
            new AnswerSubmission("THOI_GIAN_CHI_PHI", "HL"),
        ],
        ResultReturnedAt = StoreFixture.Start,
        IdempotencyKey = key,
    };
}

/// <summary>The dossier slot on a SQLite file.</summary>
public sealed class SqliteDossierUniquenessTests : DossierUniquenessTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The dossier slot on PostgreSQL.</summary>
public sealed class PostgresDossierUniquenessTests : DossierUniquenessTests
{
    protected override string Provider => "postgres";
}

/// <summary>The dossier slot on PostgreSQL with ratings written by binary COPY.</summary>
public sealed class PostgresCopyDossierUniquenessTests : DossierUniquenessTests
{
    protected override string Provider => "postgres";

    protected override bool BulkImport => true;
}
