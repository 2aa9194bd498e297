using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>A city's central PostgreSQL store under many counters at once, through the public API.</summary>
[Collection(nameof(LoadTests))]
public sealed class ConcurrentWritersTests(ITestOutputHelper output)
{
    private const int Writers = 64;
    private const int Ratings = 10_000;

    [Fact]
    public async Task Sixty_four_writers_submit_ten_thousand_ratings_and_every_one_is_stored_once()
    {
        var ct = TestContext.Current.CancellationToken;
        // The real clock: version-7 ids and submission times as in production.
        await using var fixture = await StoreFixture.CreateAsync("postgres", TimeProvider.System);
        var service = fixture.RatingService;
        var returned = DateTimeOffset.UtcNow.AddMinutes(-5);
        var next = -1;
        var stopwatch = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var mine = new List<RatingResult>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < Ratings)
            {
                mine.Add(await service.SubmitAsync(
                    new RatingSubmission
                    {
                        Dossier = new DossierReference($"000.00.17.H29-261102-{i:D5}", $"1.00{i % 40:D4}", $"UBND-P{i % 12}", $"CB-{i % 90:D3}", $"QUAY-{writer:D2}"),
                        Channel = RatingChannel.CounterPad,
                        Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", i % 7 == 0 ? "KHL" : "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL")],
                        ResultReturnedAt = returned,
                        DeviceId = $"PAD-{writer:D2}",
                        IdempotencyKey = $"pad-{i:D5}",
                    },
                    ct));
            }

            return mine;
        }, ct)));
        stopwatch.Stop();
        output.WriteLine($"{Ratings} ratings by {Writers} writers in {stopwatch.Elapsed.TotalSeconds:F1} s");
        TestContext.Current.SendDiagnosticMessage($"64-writer run: {Ratings} ratings in {stopwatch.Elapsed.TotalSeconds:F1} s");

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(Ratings, all.Count);
        Assert.All(all, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.ErrorMessage))));
        Assert.DoesNotContain(all, r => r.WasDuplicate);
        await using var context = fixture.NewContext();
        Assert.Equal(Ratings, await context.Set<RatingEntity>().CountAsync(ct));
        Assert.Equal(Ratings, await context.Set<RatingEntity>().Select(r => r.IdempotencyKey).Distinct().CountAsync(ct));
        Assert.Equal(Ratings, await context.Set<RatingEntity>().Select(r => r.DossierCode).Distinct().CountAsync(ct));
        Assert.Equal(Ratings * 4, await context.Set<RatingAnswerEntity>().CountAsync(ct));
        Assert.Equal(all.Select(r => r.Rating!.Id).Order(), (await context.Set<RatingEntity>().Select(r => r.Id).ToListAsync(ct)).Order());

        // Twelve units appended concurrently, each its own chain: all intact, no fork, no gap.
        var chains = await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: ct);
        Assert.Equal(12, chains.Count);
        Assert.All(chains, c => Assert.True(c.IsIntact, c.ToString()));
        Assert.Equal(Ratings, chains.Sum(c => c.LinksChecked));
    }
}
