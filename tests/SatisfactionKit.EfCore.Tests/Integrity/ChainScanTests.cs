using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Integrity;

/// <summary>
/// <c>VerifyAllAsync</c> on PostgreSQL with <c>UsePostgreSqlCopyVerification</c>: one pass of the three tables in their
/// physical order (<see cref="IChainScanSource"/>) confirms the intact chains, and only a chain it does not confirm is
/// walked in sequence order. Each result must be exactly what the walk (<c>VerifyAsync</c>) reports for that chain; an
/// intact database must need no walk at all (the page source is never asked); and rows read out of order, or after
/// their rating, must still reach the verifier whole.
/// </summary>
public sealed class ChainScanTests
{
    private static readonly string[] Units = ["UBND-S1", "UBND-S2", "UBND-S3"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_intact_database_is_confirmed_in_one_pass_without_walking_a_chain()
    {
        var walked = new ConcurrentBag<string>();
        await using var fixture = await CreateAsync(walked);
        // Many chains: 60 units of 3 ratings, and a survey chain.
        foreach (var i in Enumerable.Range(0, 180))
        {
            await fixture.Ratings.AddAsync(ChainTests.RatingOf($"UBND-M{i % 60:D2}", i), Ct);
        }

        await fixture.Ratings.AddAsync(Samples.Rating() with { Dossier = null, SurveyId = "KS-2026-Q4", Channel = RatingChannel.Online }, Ct);

        var results = await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);

        Assert.Equal(61, results.Count);
        Assert.All(results, r => Assert.True(r.IsIntact, r.ToString()));
        Assert.All(results.Where(r => r.ChainKey.StartsWith("UBND-M", StringComparison.Ordinal)), r => Assert.Equal(3, r.LinksChecked));
        Assert.Empty(walked);
        await AssertSameAsWalksAsync(fixture, results);
    }

    [Theory]
    [InlineData("answer", "UPDATE \"SK_RatingAnswers\" SET \"LevelCode\" = 'RHL' WHERE \"RatingId\" = {0} AND \"Position\" = 1")]
    [InlineData("choice", "UPDATE \"SK_RatingChoices\" SET \"Code\" = 'FORGED' WHERE \"RatingId\" = {0}")]
    [InlineData("satisfied", "UPDATE \"SK_Ratings\" SET \"IsSatisfied\" = NOT \"IsSatisfied\" WHERE \"Id\" = {0}")]
    [InlineData("delete", "DELETE FROM \"SK_RatingAnswers\" WHERE \"RatingId\" = {0}; DELETE FROM \"SK_RatingChoices\" WHERE \"RatingId\" = {0}; DELETE FROM \"SK_Ratings\" WHERE \"Id\" = {0}")]
    [InlineData("previous", "UPDATE \"SK_Ratings\" SET \"PreviousHash\" = decode(repeat('cd', 32), 'hex') WHERE \"Id\" = {0}")]
    [InlineData("moved", "UPDATE \"SK_Ratings\" SET \"ChainKey\" = 'UBND-S3', \"ChainSequence\" = 99 WHERE \"Id\" = {0}")]
    [InlineData("head-hash", "UPDATE \"SK_ChainHeads\" SET \"Hash\" = decode(repeat('ab', 32), 'hex') WHERE \"ChainKey\" = 'UBND-S2' AND {0} IS NOT NULL")]
    [InlineData("head-back", "UPDATE \"SK_ChainHeads\" SET \"Sequence\" = \"Sequence\" - 1 WHERE \"ChainKey\" = 'UBND-S2' AND {0} IS NOT NULL")]
    [InlineData("forged", "INSERT INTO \"SK_Ratings\" (\"Id\", \"SchemeCode\", \"SchemeVersion\", \"UnitCode\", \"Channel\", \"IsSatisfied\", \"SubmittedAt\", \"IdempotencyKey\", \"ChainKey\", \"ChainSequence\", \"PreviousHash\", \"Hash\", \"EncodingVersion\")"
        + " SELECT gen_random_uuid(), \"SchemeCode\", \"SchemeVersion\", \"UnitCode\", \"Channel\", \"IsSatisfied\", \"SubmittedAt\", 'forged', \"ChainKey\", 13, \"Hash\", \"Hash\", 1"
        + " FROM \"SK_Ratings\" WHERE \"ChainKey\" = 'UBND-S2' AND \"ChainSequence\" = 12 AND {0} IS NOT NULL")]
    [InlineData("swap", "UPDATE \"SK_Ratings\" SET \"ChainSequence\" = -1 WHERE \"Id\" = {0};"
        + " UPDATE \"SK_Ratings\" SET \"ChainSequence\" = 6 WHERE \"ChainKey\" = 'UBND-S2' AND \"ChainSequence\" = 7;"
        + " UPDATE \"SK_Ratings\" SET \"ChainSequence\" = 7 WHERE \"Id\" = {0}")]
    public async Task A_tampered_chain_is_walked_and_reported_exactly_as_the_walk_reports_it_while_the_others_are_confirmed(string what, string sql)
    {
        var walked = new ConcurrentBag<string>();
        await using var fixture = await CreateAsync(walked);
        for (var i = 0; i < 12; i++)
        {
            foreach (var unit in Units)
            {
                await fixture.Ratings.AddAsync(ChainTests.RatingOf(unit, i), Ct);
            }
        }

        await using (var context = fixture.NewContext())
        {
            var target = await context.Set<RatingEntity>().SingleAsync(r => r.ChainKey == "UBND-S2" && r.ChainSequence == 6, Ct);
            Assert.True(await context.Database.ExecuteSqlRawAsync(sql, [target.Id], Ct) > 0, what);
        }

        var results = await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);

        var broken = results.Where(r => !r.IsIntact).ToList();
        Assert.Contains(broken, r => r.ChainKey == "UBND-S2");
        Assert.All(results.Where(r => r.ChainKey == "UBND-S1"), r => Assert.Equal(12, r.LinksChecked));
        // Only what the scan could not confirm was walked: the tampered chain (and the one a rating was moved into).
        Assert.Equal(broken.Select(r => r.ChainKey).Order(StringComparer.Ordinal), walked.Distinct().Order(StringComparer.Ordinal));
        await AssertSameAsWalksAsync(fixture, results);
    }

    [Fact]
    public async Task A_chain_whose_rows_are_all_gone_is_still_listed_by_its_head_and_reported()
    {
        var walked = new ConcurrentBag<string>();
        await using var fixture = await CreateAsync(walked);
        await fixture.Ratings.AddAsync(ChainTests.RatingOf(Units[0], 0), Ct);
        await using (var context = fixture.NewContext())
        {
            // Heads left behind by a rating chain and a prompt-record chain whose rows were deleted.
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"SK_ChainHeads\" (\"ChainKey\", \"Sequence\", \"Hash\") VALUES"
                + " ('UBND-S9', 2, decode(repeat('ab', 32), 'hex')), ('prompts:UBND-S9', 2, decode(repeat('ab', 32), 'hex'))", Ct);
        }

        var results = await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);

        Assert.Equal([Units[0], "UBND-S9", "prompts:UBND-S9"], results.Select(r => r.ChainKey));
        Assert.Equal([true, false, false], results.Select(r => r.IsIntact));
        await AssertSameAsWalksAsync(fixture, results);
    }

    [Fact]
    public async Task Rows_read_out_of_order_or_after_their_rating_still_reach_the_verifier_whole()
    {
        var walked = new ConcurrentBag<string>();
        await using var fixture = await CreateAsync(walked, bulk: true);
        // More ratings than the merge's window, so that a row moved to the end of its table comes after its rating was passed on.
        await using (var batch = await fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-SCAN", "nv.khaosat01", "scan.csv", StoreFixture.Start), Ct))
        {
            foreach (var chunk in Enumerable.Range(0, 6_000).Select(i => ChainTests.RatingOf(Units[i % 3], i)).Chunk(1_000))
            {
                await batch.AddRangeAsync(chunk, Ct);
            }

            await batch.CommitAsync(Ct);
        }

        Guid first;
        await using (var context = fixture.NewContext())
        {
            // One connection for the statements below: their temporary table is the session's.
            await context.Database.OpenConnectionAsync(Ct);
            first = await context.Set<RatingEntity>().Where(r => r.ChainKey == Units[0] && r.ChainSequence == 1).Select(r => r.Id).SingleAsync(Ct);
            // Every answer rewritten, each 500 ratings' answers in reverse order of their ratings: out of order, within the
            // merge's window. Then the first rating's answers and choices deleted and inserted again, unchanged: their rows
            // now lie at the end of their tables, long after their rating.
            await context.Database.ExecuteSqlRawAsync(
                "CREATE TEMP TABLE shuffled AS SELECT a.*, r.n FROM \"SK_RatingAnswers\" a"
                + " JOIN (SELECT \"Id\", row_number() OVER (ORDER BY ctid) AS n FROM \"SK_Ratings\") r ON r.\"Id\" = a.\"RatingId\";"
                + " DELETE FROM \"SK_RatingAnswers\";"
                + " INSERT INTO \"SK_RatingAnswers\" (\"RatingId\", \"Position\", \"CriterionCode\", \"LevelCode\", \"Value\", \"IsSatisfied\")"
                + " SELECT \"RatingId\", \"Position\", \"CriterionCode\", \"LevelCode\", \"Value\", \"IsSatisfied\" FROM shuffled ORDER BY n / 500, n DESC;"
                + " DROP TABLE shuffled", Ct);
            foreach (var table in new[] { "SK_RatingAnswers", "SK_RatingChoices" })
            {
                // The table names are the test's own constants.
                string[] statements =
                [
                    $"CREATE TEMP TABLE moved AS SELECT * FROM \"{table}\" WHERE \"RatingId\" = {{0}}",
                    $"DELETE FROM \"{table}\" WHERE \"RatingId\" = {{0}}",
                    $"INSERT INTO \"{table}\" SELECT * FROM moved WHERE {{0}} IS NOT NULL; DROP TABLE moved",
                ];
                foreach (var statement in statements)
                {
                    await context.Database.ExecuteSqlRawAsync(statement, [first], Ct);
                }
            }
        }

        var delivered = new List<RatingEntity>();
        await using (var context = fixture.NewContext())
        {
            var scan = fixture.Services.GetRequiredService<IChainScanSource>();
            Assert.True(scan.CanScan(context));
            Assert.True(await scan.ScanAsync(context, heads => Assert.Equal(3, heads.Count), delivered.AddRange, Ct));
        }

        // Every rating arrives, the last time with every row it has; the one whose rows came late arrives twice.
        var last = delivered.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(6_000, last.Count);
        Assert.All(last.Values, r => Assert.Equal((4, 3), (r.Answers.Count, r.Choices.Count)));
        Assert.Equal(2, delivered.Count(r => r.Id == first));

        var results = await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);
        Assert.All(results, r => Assert.Equal((true, 2_000L), (r.IsIntact, r.LinksChecked)));
        // The chain of the late rows was walked to be sure; the other two were confirmed by the scan.
        Assert.Equal([Units[0]], walked.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_scan_reads_each_table_from_its_first_page_after_another_scan_stopped_half_way()
    {
        var walked = new ConcurrentBag<string>();
        await using var fixture = await CreateAsync(walked, bulk: true);
        // A ratings table larger than a quarter of shared_buffers: PostgreSQL then starts a sequential scan of it
        // where the last scan of it was seen (synchronized scans), unless the scan says otherwise.
        await using (var batch = await fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-SYNC", "nv.khaosat01", "sync.csv", StoreFixture.Start), Ct))
        {
            foreach (var chunk in Enumerable.Range(0, 120_000).Select(i => ChainTests.RatingOf(Units[i % 3], i)).Chunk(10_000))
            {
                await batch.AddRangeAsync(chunk, Ct);
            }

            await batch.CommitAsync(Ct);
        }

        await using (var context = fixture.NewContext())
        {
            await context.Database.OpenConnectionAsync(Ct);
            var pages = await context.Database.SqlQueryRaw<long>("SELECT pg_relation_size('\"SK_Ratings\"') / current_setting('block_size')::bigint AS \"Value\"").SingleAsync(Ct);
            var buffers = await context.Database.SqlQueryRaw<long>("SELECT setting::bigint AS \"Value\" FROM pg_settings WHERE name = 'shared_buffers'").SingleAsync(Ct);
            Assert.True(pages > buffers / 4, $"{pages} pages of ratings, {buffers} shared buffers: too small for a synchronized scan");
            // A report's scan of the ratings, stopped half-way: the shared hint now points at the table's middle.
            await using var transaction = await context.Database.BeginTransactionAsync(Ct);
            await context.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL enable_bitmapscan = off", Ct);
            await context.Database.ExecuteSqlRawAsync("DECLARE half NO SCROLL CURSOR FOR SELECT * FROM \"SK_Ratings\"", Ct);
            await context.Database.ExecuteSqlRawAsync("MOVE FORWARD 60000 IN half", Ct);
            await transaction.CommitAsync(Ct);
        }

        var results = await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);

        Assert.All(results, r => Assert.Equal((true, 40_000L), (r.IsIntact, r.LinksChecked)));
        // Every chain confirmed in the one pass: the ratings were read from their first page, as the answers were.
        Assert.Empty(walked);
    }

    /// <summary>Every result of <c>VerifyAllAsync</c> equals <c>VerifyAsync</c>'s for that chain.</summary>
    private static async Task AssertSameAsWalksAsync(StoreFixture fixture, IReadOnlyList<ChainVerificationResult> results)
    {
        foreach (var result in results)
        {
            Assert.Equal(await fixture.ChainVerifier.VerifyAsync(result.ChainKey, cancellationToken: Ct), result);
        }
    }

    /// <summary>A PostgreSQL fixture whose page source (used only to walk a chain) records the chains it reads.</summary>
    private static Task<StoreFixture> CreateAsync(ConcurrentBag<string> walked, bool bulk = false) =>
        StoreFixture.CreateAsync("postgres", configure: services =>
        {
            var registered = services.Last(d => d.ServiceType == typeof(IChainPageSource));
            services.Replace(ServiceDescriptor.Singleton<IChainPageSource>(sp => new Recording(
                registered.ImplementationInstance as IChainPageSource ?? (IChainPageSource)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!), walked)));
            if (bulk)
            {
                services.AddSatisfactionKit().UsePostgreSqlBulkImport();
            }
        });

    private sealed class Recording(IChainPageSource inner, ConcurrentBag<string> walked) : IChainPageSource
    {
        public int PageSize(DbContext context) => inner.PageSize(context);

        public Task<List<RatingEntity>> ReadAsync(DbContext context, string chainKey, long after, long upTo, CancellationToken cancellationToken)
        {
            walked.Add(chainKey);
            return inner.ReadAsync(context, chainKey, after, upTo, cancellationToken);
        }
    }
}
