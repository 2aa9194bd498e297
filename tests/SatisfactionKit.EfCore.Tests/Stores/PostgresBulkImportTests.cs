using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// <c>UsePostgreSqlBulkImport</c>: rating batches written with binary COPY store exactly the rows EF Core
/// would, chain them so that the verifier accepts them, and stay all-or-nothing.
/// </summary>
public sealed class PostgresBulkImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_copied_read_back_identical_to_rows_inserted_by_EF_Core_and_their_chains_verify()
    {
        var ratings = Mixed(1_200);
        await using var efCore = await StoreFixture.CreateAsync("postgres");
        await using var copy = await StoreFixture.CreateAsync("postgres", configure: s => s.AddSatisfactionKit().UsePostgreSqlBulkImport());

        foreach (var fixture in new[] { efCore, copy })
        {
            await using var batch = await fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-EQ", "nv.khaosat01", "eq.csv", StoreFixture.Start), Ct);
            foreach (var chunk in ratings.Chunk(500))
            {
                await batch.AddRangeAsync(chunk, Ct);
            }

            await batch.CommitAsync(Ct);
        }

        // The COPY really ran: EF Core's path would have sent INSERT statements through the interceptor.
        Assert.Contains(efCore.Sql.Commands, c => c.Contains("INSERT INTO \"SK_Ratings\"", StringComparison.Ordinal));
        Assert.DoesNotContain(copy.Sql.Commands, c => c.Contains("INSERT INTO \"SK_Ratings\"", StringComparison.Ordinal));

        Assert.Equal(await RowsAsync(efCore), await RowsAsync(copy));
        foreach (var rating in ratings.Where((_, i) => i % 97 == 0))
        {
            var expected = await efCore.Ratings.FindByIdempotencyKeyAsync(rating.IdempotencyKey, Ct);
            var actual = await copy.Ratings.FindByIdempotencyKeyAsync(rating.IdempotencyKey, Ct);
            Assert.NotNull(actual);
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        }

        var chains = await copy.ChainVerifier.VerifyAllAsync(cancellationToken: Ct);
        Assert.Equal(3, chains.Count);
        Assert.All(chains, c => Assert.True(c.IsIntact, c.ToString()));
        Assert.Equal(ratings.Length, chains.Sum(c => c.LinksChecked));
    }

    [Fact]
    public async Task A_row_the_database_refuses_in_a_later_chunk_leaves_nothing_stored()
    {
        await using var fixture = await StoreFixture.CreateAsync("postgres", configure: s => s.AddSatisfactionKit().UsePostgreSqlBulkImport());
        var ratings = Mixed(300);
        // Longer than the 64-character code column: PostgreSQL refuses it during the second chunk's COPY.
        ratings[250] = ratings[250] with { SchemeCode = new string('X', 65) };

        await using (var batch = await fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-BAD", "nv.khaosat01", "bad.csv", StoreFixture.Start), Ct))
        {
            await batch.AddRangeAsync(ratings[..200], Ct);
            var refused = await Assert.ThrowsAsync<DbUpdateException>(async () => await batch.AddRangeAsync(ratings[200..], Ct));
            Assert.IsType<PostgresException>(refused.InnerException);
        }

        await AssertNothingStoredAsync(fixture);
    }

    [Fact]
    public async Task A_batch_cancelled_in_its_second_chunk_leaves_nothing_stored()
    {
        await using var fixture = await StoreFixture.CreateAsync("postgres", configure: s => s.AddSatisfactionKit().UsePostgreSqlBulkImport());
        var ratings = Mixed(400);
        using var cancel = new CancellationTokenSource();

        await using (var batch = await fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-CANCEL", "nv.khaosat01", "cancel.csv", StoreFixture.Start), Ct))
        {
            await batch.AddRangeAsync(ratings[..200], cancel.Token);
            // The operator cancels while the second chunk is being linked, after its key look-up:
            // the chunk's COPY is the first operation to see the token.
            var second = new CancelWhenRead(ratings[200..], 150, cancel);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await batch.AddRangeAsync(second, cancel.Token));
        }

        await AssertNothingStoredAsync(fixture);
    }

    [Fact]
    public async Task An_already_stored_key_is_skipped_by_the_copy_and_the_rest_is_stored_once()
    {
        await using var fixture = await StoreFixture.CreateAsync("postgres", configure: s => s.AddSatisfactionKit().UsePostgreSqlBulkImport());
        var ratings = Mixed(60);
        await fixture.Ratings.AddAsync(ratings[7], Ct);

        await using (var batch = await fixture.Batches.BeginAsync(new RatingBatchInfo("DOT-DUP", "nv.khaosat01", "dup.csv", StoreFixture.Start), Ct))
        {
            // Key 7 stored before, key 3 twice in the batch: both skipped, as EF Core's path does.
            await batch.AddRangeAsync([.. ratings[..30], ratings[3] with { Id = Guid.CreateVersion7() }], Ct);
            await batch.AddRangeAsync(ratings[30..], Ct);
            await batch.CommitAsync(Ct);
        }

        await using var context = fixture.NewContext();
        Assert.Equal(60, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(1, await context.Set<RatingEntity>().CountAsync(r => r.IdempotencyKey == ratings[7].IdempotencyKey, Ct));
        Assert.Equal(59, (await context.Set<RatingBatchEntity>().SingleAsync(Ct)).RatingCount);
        Assert.All(await fixture.ChainVerifier.VerifyAllAsync(cancellationToken: Ct), c => Assert.True(c.IsIntact, c.ToString()));
    }

    [Fact]
    public async Task A_vendor_schema_and_table_prefix_from_the_model_are_where_the_copy_writes()
    {
        await using var database = new PostgresTestDatabase();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<CustomSchemaVendorDbContext>(database.Configure);
        services.AddSatisfactionKit().UsePostgreSqlBulkImport().AddEntityFrameworkStores<CustomSchemaVendorDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CustomSchemaVendorDbContext>().Database.EnsureCreatedAsync(Ct);
        }

        var ratings = Mixed(120);
        await using (var batch = await provider.GetRequiredService<IRatingBatchStore>().BeginAsync(new RatingBatchInfo("DOT-S", "nv", "s.csv", StoreFixture.Start), Ct))
        {
            await batch.AddRangeAsync(ratings, Ct);
            await batch.CommitAsync(Ct);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var count = new NpgsqlCommand("""SELECT (SELECT COUNT(*) FROM satisfaction."hl_Ratings"), (SELECT COUNT(*) FROM satisfaction."hl_RatingAnswers"), (SELECT COUNT(*) FROM satisfaction."hl_RatingChoices")""", connection);
        await using var reader = await count.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal((120L, 480L, 160L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        var chains = await provider.GetRequiredService<IRatingChainVerifier>().VerifyAllAsync(cancellationToken: Ct);
        Assert.All(chains, c => Assert.True(c.IsIntact, c.ToString()));
        Assert.Equal(120, chains.Sum(c => c.LinksChecked));
    }

    /// <summary>
    /// Ratings of three chains and every shape the columns can hold: a dossier with conditions and
    /// reasons, an officer without dossier, a topic survey; Vietnamese text, nulls, and times with
    /// sub-microsecond ticks that both writers must cut the same way.
    /// </summary>
    private static Rating[] Mixed(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var rating = Samples.Rating($"copy:{i}", $"000.00.17.H29-261102-{i:D5}", RatingChannel.Paper) with
            {
                SubmittedAt = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)).AddSeconds(i).AddTicks(i % 10),
            };
            return (i % 3) switch
            {
                0 => rating,
                1 => rating with { Dossier = null, Officer = new OfficerReference("UBND-Q2", $"CB-{i % 7:D3}"), Conditions = [], Reasons = [], Comment = null, PromptId = null, ResultReturnedAt = null },
                _ => rating with { Dossier = null, SurveyId = "KS-2026-Q4", Conditions = [], Reasons = ["KHAC"], DeviceId = null },
            };
        }),
    ];

    private static async Task<string[]> RowsAsync(StoreFixture fixture)
    {
        await using var context = fixture.NewContext();
        var ratings = await context.Set<RatingEntity>().AsNoTracking().Include(r => r.Answers).Include(r => r.Choices)
            .AsSplitQuery().OrderBy(r => r.Id).ToListAsync(Ct);
        return
        [
            .. ratings.Select(r =>
            {
                r.Answers = [.. r.Answers.OrderBy(a => a.Position)];
                r.Choices = [.. r.Choices.OrderBy(c => c.Kind).ThenBy(c => c.Position)];
                return JsonSerializer.Serialize(r);
            }),
        ];
    }

    private static async Task AssertNothingStoredAsync(StoreFixture fixture)
    {
        await using var context = fixture.NewContext();
        Assert.Equal(0, await context.Set<RatingEntity>().CountAsync(Ct));
        Assert.Equal(0, await context.Set<RatingAnswerEntity>().CountAsync(Ct));
        Assert.Equal(0, await context.Set<RatingChoiceEntity>().CountAsync(Ct));
        Assert.Equal(0, await context.Set<RatingBatchEntity>().CountAsync(Ct));
        Assert.Equal(0, await context.Set<ChainHeadEntity>().CountAsync(h => h.Sequence > 0, Ct));
    }

    /// <summary>
    /// A chunk that cancels <paramref name="cancel"/> when its item <paramref name="at"/> is read the second
    /// time: the batch reads the chunk once for the key look-up, then again to link it.
    /// </summary>
    private sealed class CancelWhenRead(Rating[] ratings, int at, CancellationTokenSource cancel) : IReadOnlyList<Rating>
    {
        private int _readsOfAt;

        public int Count => ratings.Length;

        public Rating this[int index] => Read(index);

        public IEnumerator<Rating> GetEnumerator()
        {
            for (var i = 0; i < ratings.Length; i++)
            {
                yield return Read(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private Rating Read(int index)
        {
            if (index == at && ++_readsOfAt == 2)
            {
                cancel.Cancel();
            }

            return ratings[index];
        }
    }
}
