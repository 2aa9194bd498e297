using System.Security.Cryptography;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests;

public sealed class RatingChainTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    private static Rating MakeRating(int i) => new()
    {
        Id = Guid.CreateVersion7(T0.AddSeconds(i)),
        SchemeCode = "HANOI_2014",
        SchemeVersion = 1,
        Dossier = new DossierReference($"HS-{i:000000}", "1.001612", "UBND-Q1", "CB-001", "QUAY-01"),
        Channel = RatingChannel.CounterPad,
        Answers =
        [
            new("THONG_TIN_CSVC", "HL", 2, true), new("HO_SO", i % 3 == 0 ? "KHL" : "HL", i % 3 == 0 ? 1 : 2, i % 3 != 0),
            new("THAI_DO", "HL", 2, true), new("THOI_GIAN_CHI_PHI", "HL", 2, true),
        ],
        ResultReturnedAt = T0.AddSeconds(i - 60),
        SubmittedAt = T0.AddSeconds(i),
        IdempotencyKey = $"key-{i}",
    };

    private static List<ChainedRating> BuildChain(int count)
    {
        var chain = new List<ChainedRating>();
        ChainLink? previous = null;
        for (var i = 0; i < count; i++)
        {
            var rating = MakeRating(i);
            previous = RatingChain.Append(previous, rating);
            chain.Add(new ChainedRating(rating, previous));
        }

        return chain;
    }

    private static Task<ChainVerificationResult> Verify(IEnumerable<ChainedRating> chain) =>
        ChainVerifier.VerifyAsync("UBND-Q1", chain.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task An_untouched_chain_verifies_and_reports_progress()
    {
        var reports = new List<long>();
        var result = await ChainVerifier.VerifyAsync("UBND-Q1", BuildChain(25_000).ToAsyncEnumerable(), new SynchronousProgress(reports), TestContext.Current.CancellationToken);

        Assert.True(result.IsIntact, result.ToString());
        Assert.Equal(25_000, result.LinksChecked);
        Assert.Equal([10_000, 20_000, 25_000], reports);
    }

    [Fact]
    public void The_encoding_is_canonical_whatever_order_answers_come_back_in()
    {
        var rating = MakeRating(3);
        var shuffled = rating with { Answers = [.. rating.Answers.Reverse()] };

        Assert.Equal(RatingEncoding.Encode(rating), RatingEncoding.Encode(shuffled));
        Assert.NotEqual(RatingEncoding.Encode(rating), RatingEncoding.Encode(rating with { Comment = "x" }));
        Assert.Equal(RatingEncoding.CurrentVersion, RatingEncoding.Encode(rating)[0]);
    }

    [Fact]
    public void Every_field_of_a_rating_by_unit_and_officer_without_a_dossier_is_in_the_encoding()
    {
        var rating = MakeRating(4) with { Dossier = null, Officer = new OfficerReference("UBND-Q1", "CB-007") };

        Assert.NotEqual(RatingEncoding.Encode(rating), RatingEncoding.Encode(rating with { Officer = new OfficerReference("UBND-Q1", "CB-008") }));
        Assert.NotEqual(RatingEncoding.Encode(rating), RatingEncoding.Encode(rating with { Officer = new OfficerReference("UBND-Q3", "CB-007") }));
        Assert.NotEqual(RatingEncoding.Encode(rating), RatingEncoding.Encode(rating with { Officer = null }));
    }

    [Fact]
    public async Task A_modified_field_is_reported_with_the_rating()
    {
        var chain = BuildChain(50);
        // #19 (index 18) was dissatisfied with HO_SO; the change makes it satisfied.
        var victim = chain[18];
        chain[18] = victim with { Rating = victim.Rating with { Answers = [.. victim.Rating.Answers.Select(a => a with { LevelCode = "HL", Value = 2, IsSatisfied = true })] } };

        var result = await Verify(chain);

        Assert.Equal((ChainBreak.ModifiedRating, victim.Rating.Id, 19L), (result.Break, result.RatingId, result.Sequence));
        Assert.Contains(victim.Rating.Id.ToString(), result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_rating_is_reported_as_missing()
    {
        var chain = BuildChain(50);
        chain.RemoveAt(30);

        var result = await Verify(chain);

        Assert.Equal((ChainBreak.MissingRating, 31L, chain[30].Rating.Id), (result.Break, result.Sequence, result.RatingId));
    }

    [Fact]
    public async Task A_rating_rehashed_after_a_change_breaks_the_next_link()
    {
        // Someone who knows the algorithm changes rating #10 and recomputes its hash: #11 no longer follows it.
        var chain = BuildChain(20);
        var changed = chain[9].Rating with { Comment = "sửa" };
        chain[9] = new ChainedRating(changed, RatingChain.Append(chain[8].Link, changed));

        var result = await Verify(chain);

        Assert.Equal((ChainBreak.BrokenLink, chain[10].Rating.Id), (result.Break, result.RatingId));
    }

    [Fact]
    public async Task Swapped_ratings_and_inserted_ratings_are_detected()
    {
        var swapped = BuildChain(20);
        (swapped[5], swapped[6]) = (swapped[6], swapped[5]);
        var inserted = BuildChain(20);
        var extra = MakeRating(999);
        inserted.Insert(7, new ChainedRating(extra, RatingChain.Append(inserted[6].Link, extra)));

        var swap = await Verify(swapped);
        var insert = await Verify(inserted);

        Assert.False(swap.IsIntact);
        Assert.Equal(6L, swap.Sequence);
        Assert.Equal(ChainBreak.DuplicateSequence, insert.Break);
        Assert.Equal(inserted[8].Rating.Id, insert.RatingId);
    }

    [Fact]
    public async Task A_thousand_random_single_tamperings_are_all_detected_at_the_right_rating()
    {
        var random = new Random(20261122);
        var original = BuildChain(200);
        for (var trial = 0; trial < 1000; trial++)
        {
            var chain = original.ToList();
            var i = random.Next(1, chain.Count - 1);
            Guid expected;
            switch (trial % 4)
            {
                case 0: // update one field
                    chain[i] = chain[i] with { Rating = chain[i].Rating with { SubmittedAt = chain[i].Rating.SubmittedAt.AddMinutes(1) } };
                    expected = chain[i].Rating.Id;
                    break;
                case 1: // delete
                    chain.RemoveAt(i);
                    expected = chain[i].Rating.Id;
                    break;
                case 2: // insert a copy with a fresh id
                    var copy = chain[i].Rating with { Id = Guid.NewGuid() };
                    chain.Insert(i + 1, chain[i] with { Rating = copy });
                    expected = copy.Id;
                    break;
                default: // swap with the next
                    (chain[i], chain[i + 1]) = (chain[i + 1], chain[i]);
                    expected = chain[i].Rating.Id;
                    break;
            }

            var result = await Verify(chain);
            Assert.False(result.IsIntact, $"trial {trial}");
            Assert.Equal(expected, result.RatingId);
        }
    }

    [Fact]
    public void A_signed_checkpoint_detects_a_chain_rewritten_from_the_start()
    {
        var signer = new ChainCheckpointSigner("key-2026", RandomNumberGenerator.GetBytes(32));
        var chain = BuildChain(30);
        var checkpoint = signer.Sign(chain[^1].Link, T0);

        // Rewrite everything: change rating #3 and recompute every link after it consistently.
        var rewritten = new List<ChainedRating>();
        ChainLink? previous = null;
        foreach (var (rating, _) in chain)
        {
            var r = rating.SubmittedAt == chain[2].Rating.SubmittedAt ? rating with { Comment = "giả mạo" } : rating;
            previous = RatingChain.Append(previous, r);
            rewritten.Add(new ChainedRating(r, previous));
        }

        Assert.True(signer.IsAuthentic(checkpoint));
        Assert.True(signer.Check(checkpoint, chain[^1].Link).IsIntact);
        var result = signer.Check(checkpoint, rewritten[^1].Link);
        Assert.Equal(ChainBreak.CheckpointMismatch, result.Break);
    }

    [Fact]
    public void A_forged_or_foreign_checkpoint_is_not_authentic()
    {
        var signer = new ChainCheckpointSigner("key-2026", RandomNumberGenerator.GetBytes(32));
        var other = new ChainCheckpointSigner("key-2026", RandomNumberGenerator.GetBytes(32));
        var checkpoint = signer.Sign(BuildChain(3)[^1].Link, T0);

        Assert.False(signer.IsAuthentic(checkpoint with { Sequence = 4 }));
        Assert.False(other.IsAuthentic(checkpoint));
        Assert.False(signer.IsAuthentic(checkpoint with { Signature = "not base64!" }));
        Assert.Throws<ArgumentException>(() => new ChainCheckpointSigner("k", new byte[16]));
    }

    [Fact]
    public async Task Chains_verified_in_parallel_report_each_chain_s_first_break_with_its_rating()
    {
        // Eight units' chains; unit 5 has a field changed at #1,235 and again later, unit 2 lost #700.
        var chains = Enumerable.Range(0, 8).ToDictionary(u => $"UBND-Q{u}", u => BuildChain(3_000, $"UBND-Q{u}"));
        var modified = chains["UBND-Q5"][1_234];
        chains["UBND-Q5"][1_234] = modified with { Rating = modified.Rating with { Comment = "sửa sau" } };
        chains["UBND-Q5"][2_500] = chains["UBND-Q5"][2_500] with { Rating = chains["UBND-Q5"][2_500].Rating with { DeviceId = "PAD-X" } };
        var afterDeleted = chains["UBND-Q2"][700];
        chains["UBND-Q2"].RemoveAt(699);
        var keys = chains.Keys.ToArray();
        var reports = new List<long>();

        var results = await ChainVerifier.VerifyAllAsync(
            keys,
            (key, _) => chains[key].ToAsyncEnumerable(),
            new ChainVerificationOptions { MaxDegreeOfParallelism = 4 },
            new LockedProgress(reports),
            TestContext.Current.CancellationToken);

        Assert.Equal(keys, results.Select(r => r.ChainKey));
        Assert.Equal((ChainBreak.ModifiedRating, modified.Rating.Id, 1_235L), (results[5].Break, results[5].RatingId, results[5].Sequence));
        Assert.Equal(1_235, results[5].LinksChecked);
        Assert.Equal((ChainBreak.MissingRating, afterDeleted.Rating.Id, 700L), (results[2].Break, results[2].RatingId, results[2].Sequence));
        Assert.All(results.Where((_, i) => i is not 2 and not 5), r => Assert.True(r.IsIntact, r.ToString()));
        // Each result is exactly what verifying that chain alone gives.
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            Assert.Equal(await ChainVerifier.VerifyAsync(key, chains[key].ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken), results[i]);
        }

        // The running total over the chains: the six intact ones report their 3,000 links at their end;
        // a broken chain stops before its first 10,000-link report, as VerifyAsync alone does.
        Assert.Equal(6 * 3_000, reports.Max());
    }

    private static List<ChainedRating> BuildChain(int count, string unit)
    {
        var chain = new List<ChainedRating>();
        ChainLink? previous = null;
        for (var i = 0; i < count; i++)
        {
            var rating = MakeRating(i);
            rating = rating with { Dossier = rating.Dossier! with { UnitCode = unit }, Reasons = i % 5 == 0 ? ["THIEU_HUONG_DAN", "CHO_LAU"] : [] };
            previous = RatingChain.Append(previous, rating);
            chain.Add(new ChainedRating(rating, previous));
        }

        return chain;
    }

    private sealed class LockedProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    private sealed class SynchronousProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
