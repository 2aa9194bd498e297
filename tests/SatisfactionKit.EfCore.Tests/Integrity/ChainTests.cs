using System.Buffers;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Integrity;

/// <summary>The hash chain of the EF store, its batches and checkpoints, run once per provider.</summary>
public abstract class ChainTests : StoreFixtureTests
{
    /// <summary>How many counters of one unit write at once.</summary>
    protected abstract int Writers { get; }

    internal static Rating RatingOf(string unit, int i, string? key = null) => Samples.Rating(key ?? $"{unit}-{i:D6}", $"000.00.17.H29-{unit}-{i:D6}") with
    {
        Dossier = new DossierReference($"000.00.17.H29-{unit}-{i:D6}", "1.001234", unit, $"CB-{i % 9:D3}", $"QUAY-{i % 4:D2}"),
        // Sub-microsecond ticks: the chain must hash what the database keeps, not what was given.
        SubmittedAt = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero).AddTicks((i * 10_000_001L) + 3),
    };

    [Fact]
    public async Task Stored_ratings_are_linked_per_unit_and_a_resubmission_adds_no_link()
    {
        foreach (var i in Enumerable.Range(0, 5))
        {
            await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", i), Ct);
            await Fixture.Ratings.AddAsync(RatingOf("UBND-Q2", i), Ct);
        }

        var again = await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", 2), Ct);

        Assert.True(again.WasDuplicate);
        await using var context = Fixture.NewContext();
        var links = await context.Set<RatingEntity>().Where(r => r.ChainKey == "UBND-Q1").OrderBy(r => r.ChainSequence).ToListAsync(Ct);
        Assert.Equal([1L, 2, 3, 4, 5], links.Select(l => l.ChainSequence));
        Assert.Equal(RatingChain.Genesis.ToArray(), links[0].PreviousHash);
        Assert.All(links.Skip(1), (l, i) => Assert.Equal(links[i].Hash, l.PreviousHash));
        Assert.Equal(["UBND-Q1", "UBND-Q2"], await Fixture.ChainVerifier.GetChainKeysAsync(Ct));
        Assert.All(await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct), r => Assert.True(r.IsIntact, r.ToString()));
    }

    [Fact]
    public async Task Officer_and_survey_ratings_chain_by_unit_and_by_survey()
    {
        await Fixture.Ratings.AddAsync(Samples.Rating() with { Dossier = null, Officer = new OfficerReference("UBND-Q3", "CB-003"), Channel = RatingChannel.OnlineByOfficer }, Ct);
        await Fixture.Ratings.AddAsync(Samples.Rating() with { Dossier = null, SurveyId = "KS-2026-Q4", Channel = RatingChannel.Online }, Ct);

        Assert.Equal(["UBND-Q3", "survey:KS-2026-Q4"], await Fixture.ChainVerifier.GetChainKeysAsync(Ct));
        Assert.All(await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct), r => Assert.Equal(1, r.LinksChecked));
    }

    [Fact]
    public async Task Many_counters_of_one_unit_at_once_leave_no_fork_and_no_gap()
    {
        const int PerWriter = 25;
        var progress = new List<long>();

        // Each writer also resubmits one key of another writer's: a raced duplicate must not take a link.
        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var mine = new List<RatingStoreResult>();
            for (var i = 0; i < PerWriter; i++)
            {
                mine.Add(await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", (w * PerWriter) + i), Ct));
                if (i == PerWriter / 2)
                {
                    mine.Add(await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", ((w + 1) % Writers * PerWriter) + i), Ct));
                }
            }

            return mine;
        }, Ct)));

        var total = Writers * PerWriter;
        Assert.Equal(total, results.SelectMany(r => r).Count(r => !r.WasDuplicate));
        await using var context = Fixture.NewContext();
        var sequences = await context.Set<RatingEntity>().Where(r => r.ChainKey == "UBND-Q1").OrderBy(r => r.ChainSequence).Select(r => r.ChainSequence).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), sequences);
        var head = await context.Set<ChainHeadEntity>().SingleAsync(Ct);
        Assert.Equal(total, head.Sequence);
        var result = await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", new SyncProgress(progress.Add), Ct);
        Assert.True(result.IsIntact, result.ToString());
        Assert.Equal(total, result.LinksChecked);
        Assert.Equal(total, progress[^1]);
    }

    [Fact]
    public async Task A_batch_of_thousands_is_stored_chained_and_recorded_when_committed()
    {
        const int Count = 3_000;
        await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", -1), Ct);

        var batch = await Fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-2026-11", "NV-KHAO-SAT-01", "phieu.csv", StoreFixture.Start), Ct);
        await using (batch)
        {
            foreach (var chunk in Enumerable.Range(0, Count).Chunk(500))
            {
                await batch.AddRangeAsync([.. chunk.Select(i => RatingOf($"UBND-Q{(i % 3) + 1}", i, $"paper:DOT-2026-11:{i}"))], Ct);
            }

            await batch.CommitAsync(Ct);
        }

        await using var context = Fixture.NewContext();
        Assert.Equal(Count + 1, await context.Set<RatingEntity>().CountAsync(Ct));
        var recorded = await context.Set<RatingBatchEntity>().SingleAsync(Ct);
        Assert.Equal(("DOT-2026-11", "NV-KHAO-SAT-01", "phieu.csv", Count), (recorded.BatchId, recorded.EnteredBy, recorded.SourceName, recorded.RatingCount));
        var results = await Fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);
        Assert.All(results, r => Assert.True(r.IsIntact, r.ToString()));
        Assert.Equal([1001L, 1000, 1000], results.Select(r => r.LinksChecked));

        // The counters carry on after the batch, on the heads it left.
        await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", Count + 1), Ct);
        Assert.Equal(1002, (await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", cancellationToken: Ct)).LinksChecked);
    }

    [Fact]
    public async Task A_chain_longer_than_one_answers_query_is_read_whole_and_a_change_in_its_last_queries_is_found()
    {
        // The verifier reads answers and choices by rating ids, ChainPageReader.IdsPerQuery at a time:
        // 1,100 ratings make three such queries per kind, the last one partial.
        const int Count = 1_100;
        var batch = await Fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-2026-12", "NV-KHAO-SAT-01", "phieu.csv", StoreFixture.Start), Ct);
        await using (batch)
        {
            foreach (var chunk in Enumerable.Range(0, Count).Chunk(500))
            {
                await batch.AddRangeAsync([.. chunk.Select(i => RatingOf("UBND-Q1", i, $"paper:DOT-2026-12:{i}"))], Ct);
            }

            await batch.CommitAsync(Ct);
        }

        Assert.True(Count > 2 * ChainPageReader.IdsPerQuery);
        var intact = await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", cancellationToken: Ct);
        Assert.True(intact.IsIntact, intact.ToString());
        Assert.Equal(Count, intact.LinksChecked);

        await using var context = Fixture.NewContext();
        var ids = await context.Set<RatingEntity>().Where(r => r.ChainKey == "UBND-Q1").OrderBy(r => r.ChainSequence).Select(r => r.Id).ToListAsync(Ct);
        // A reason of link 1,050 (third choices query), then also an answer of link 1,020 (third answers query): the first is named.
        var choice = await context.Set<RatingChoiceEntity>().Where(c => c.RatingId == ids[1049]).OrderBy(c => c.Kind).ThenBy(c => c.Position).FirstAsync(Ct);
        await context.Set<RatingChoiceEntity>().Where(c => c.RatingId == choice.RatingId && c.Kind == choice.Kind && c.Position == choice.Position)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Code, "FORGED"), Ct);
        var changedChoice = await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", cancellationToken: Ct);
        await context.Set<RatingAnswerEntity>().Where(a => a.RatingId == ids[1019] && a.Position == 0)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.LevelCode, "FORGED"), Ct);
        var changedBoth = await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", cancellationToken: Ct);

        Assert.Equal((ChainBreak.ModifiedRating, ids[1049], 1050L), (changedChoice.Break, changedChoice.RatingId, changedChoice.Sequence));
        Assert.Equal((ChainBreak.ModifiedRating, ids[1019], 1020L), (changedBoth.Break, changedBoth.RatingId, changedBoth.Sequence));
    }

    [Fact]
    public async Task A_batch_disposed_without_commit_stores_nothing_and_spends_no_link()
    {
        var batch = await Fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-1", "NV-1", "a.csv", StoreFixture.Start), Ct);
        await using (batch)
        {
            await batch.AddRangeAsync([.. Enumerable.Range(0, 700).Select(i => RatingOf("UBND-Q1", i))], Ct);
            await batch.AddRangeAsync([.. Enumerable.Range(700, 300).Select(i => RatingOf("UBND-Q1", i))], Ct);
        }

        await using (var context = Fixture.NewContext())
        {
            Assert.Equal(0, await context.Set<RatingEntity>().CountAsync(Ct));
            Assert.Equal(0, await context.Set<RatingBatchEntity>().CountAsync(Ct));
            Assert.Equal(0, await context.Set<ChainHeadEntity>().CountAsync(Ct));
        }

        await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", 1), Ct);
        await using var after = Fixture.NewContext();
        Assert.Equal(1, await after.Set<RatingEntity>().Select(r => r.ChainSequence).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_batch_skips_keys_already_stored_or_repeated_in_it_as_the_store_does()
    {
        await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", 5, "paper:D:5"), Ct);

        var batch = await Fixture.Batches.BeginAsync(new RatingBatchInfo("D", "NV-1", "b.csv", StoreFixture.Start), Ct);
        await using (batch)
        {
            await batch.AddRangeAsync([.. Enumerable.Range(0, 10).Select(i => RatingOf("UBND-Q1", i, $"paper:D:{i}"))], Ct);
            await batch.AddRangeAsync([RatingOf("UBND-Q1", 3, "paper:D:3"), RatingOf("UBND-Q1", 10, "paper:D:10")], Ct);
            await batch.CommitAsync(Ct);
        }

        await using var context = Fixture.NewContext();
        Assert.Equal(11, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(10, (await context.Set<RatingBatchEntity>().SingleAsync(Ct)).RatingCount);
        Assert.Equal(11, (await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", cancellationToken: Ct)).LinksChecked);
    }

    [Fact]
    public async Task An_exported_checkpoint_detects_a_chain_rewritten_whole_that_verifies_on_its_own()
    {
        foreach (var i in Enumerable.Range(0, 12))
        {
            await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", i), Ct);
        }

        var file = new MemoryStream();
        var exported = await Fixture.Checkpoints.ExportAsync(file, Ct);
        file.Position = 0;
        var checkpoints = await Fixture.Checkpoints.ReadAsync(file, Ct);
        Assert.Equal(exported, checkpoints);
        Assert.Equal(12, Assert.Single(checkpoints).Sequence);
        Assert.True((await Fixture.ChainVerifier.VerifyAgainstCheckpointAsync(checkpoints[0], cancellationToken: Ct)).IsIntact);

        // Ratings appended after the checkpoint do not disturb it.
        await Fixture.Ratings.AddAsync(RatingOf("UBND-Q1", 12), Ct);
        Assert.All(await Fixture.ChainVerifier.VerifyAllAsync(checkpoints, cancellationToken: Ct), r => Assert.True(r.IsIntact, r.ToString()));

        // An administrator edits rating 4 and recomputes every later link and the head consistently.
        await using (var context = Fixture.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE \"SK_Ratings\" SET \"Comment\" = 'Rất hài lòng' WHERE \"ChainKey\" = 'UBND-Q1' AND \"ChainSequence\" = 4", Ct);
            var chain = await context.Set<RatingEntity>().AsNoTracking().Include(r => r.Answers).Include(r => r.Choices).AsSplitQuery()
                .Where(r => r.ChainKey == "UBND-Q1").OrderBy(r => r.ChainSequence).ToListAsync(Ct);
            var buffer = new ArrayBufferWriter<byte>();
            for (var i = 3; i < chain.Count; i++)
            {
                ChainHeads.Link(chain[i], "UBND-Q1", i, chain[i - 1].Hash, buffer);
                await context.Database.ExecuteSqlRawAsync("UPDATE \"SK_Ratings\" SET \"PreviousHash\" = {0}, \"Hash\" = {1} WHERE \"ChainKey\" = 'UBND-Q1' AND \"ChainSequence\" = {2}", [chain[i].PreviousHash, chain[i].Hash, (long)(i + 1)], Ct);
            }

            await context.Database.ExecuteSqlRawAsync("UPDATE \"SK_ChainHeads\" SET \"Hash\" = {0} WHERE \"ChainKey\" = 'UBND-Q1'", [chain[^1].Hash], Ct);
        }

        Assert.True((await Fixture.ChainVerifier.VerifyAsync("UBND-Q1", cancellationToken: Ct)).IsIntact);
        var result = Assert.Single(await Fixture.ChainVerifier.VerifyAllAsync(checkpoints, cancellationToken: Ct));
        Assert.Equal((ChainBreak.CheckpointMismatch, 12L), (result.Break, result.Sequence));

        // A checkpoint whose fields were edited no longer carries a valid signature.
        var forged = checkpoints[0] with { Sequence = 3 };
        Assert.Equal(ChainBreak.CheckpointMismatch, (await Fixture.ChainVerifier.VerifyAgainstCheckpointAsync(forged, cancellationToken: Ct)).Break);
    }

    [Fact]
    public async Task Reading_something_else_as_checkpoints_fails_clearly()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Fixture.Checkpoints.ReadAsync(new MemoryStream("{\"not\":1}"u8.ToArray()), Ct));
        Assert.Contains("checkpoints", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, so that the test sees every report.</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

/// <summary>The chain over a SQLite file.</summary>
public sealed class SqliteChainTests : ChainTests
{
    protected override string Provider => "sqlite";

    protected override int Writers => 16;
}

/// <summary>The chain over PostgreSQL.</summary>
public sealed class PostgresChainTests : ChainTests
{
    protected override string Provider => "postgres";

    protected override int Writers => 32;
}
