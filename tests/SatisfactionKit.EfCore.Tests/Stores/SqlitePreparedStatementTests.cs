using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Stores;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// On SQLite the store writes ratings and prompt records through prepared statements built from the EF
/// Core model instead of SaveChanges: the rows must be the ones EF Core would have written, value for
/// value and type for type, or EF Core's own queries would stop finding them.
/// </summary>
public sealed class SqlitePreparedStatementTests : IAsyncLifetime
{
    private StoreFixture? _fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private StoreFixture Fixture => _fixture!;

    public async ValueTask InitializeAsync() => _fixture = await StoreFixture.CreateAsync("sqlite");

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_rating_written_by_the_prepared_statements_is_stored_as_SaveChanges_stores_it()
    {
        // A time with a fraction of a second (whole microseconds, as stored), where text formats most easily differ.
        var viaStatements = Samples.Rating(dossierCode: "000.00.17.H29-261102-0001") with { SubmittedAt = Samples.Rating().SubmittedAt.AddTicks(1_234_560) };
        await Fixture.Ratings.AddAsync(viaStatements, Ct);

        var viaSaveChanges = viaStatements with { Id = Guid.CreateVersion7(), IdempotencyKey = Guid.NewGuid().ToString("N"), PromptId = Guid.CreateVersion7() };
        await using (var context = Fixture.NewContext())
        {
            var entity = RatingMapper.ToEntity(viaSaveChanges);
            entity.ChainKey = "UBND-Q2";
            entity.ChainSequence = 1;
            entity.PreviousHash = new byte[32];
            entity.Hash = new byte[32];
            entity.EncodingVersion = 1;
            // The same dossier and channel would take the first row's slot: this copy gets one of its own, as long.
            entity.DossierSlot = entity.DossierSlot![..^1] + "9";
            context.Add(entity);
            await context.SaveChangesAsync(Ct);
        }

        string[] differing = ["Id", "IdempotencyKey", "DossierSlot", "PromptId", "ChainKey", "ChainSequence", "PreviousHash", "Hash", "RatingId"];
        await AssertRowsAlikeAsync<RatingEntity>("Id", viaStatements.Id, viaSaveChanges.Id, differing);
        await AssertRowsAlikeAsync<RatingAnswerEntity>("RatingId", viaStatements.Id, viaSaveChanges.Id, differing, count: 4);
        await AssertRowsAlikeAsync<RatingChoiceEntity>("RatingId", viaStatements.Id, viaSaveChanges.Id, differing, count: 3);

        // EF Core's queries, which bind their parameters as SaveChanges does, find the row by its values.
        await using var check = Fixture.NewContext();
        var promptId = viaStatements.PromptId;
        Assert.Equal(1, await check.Set<RatingEntity>().CountAsync(r => r.Id == viaStatements.Id && r.PromptId == promptId, Ct));
        var submittedAt = (await check.Set<RatingEntity>().AsNoTracking().SingleAsync(r => r.Id == viaSaveChanges.Id, Ct)).SubmittedAt;
        Assert.Equal(2, await check.Set<RatingEntity>().CountAsync(r => r.SubmittedAt == submittedAt, Ct));
        var read = await Fixture.Ratings.FindAsync(viaStatements.Id, Ct);
        Assert.NotNull(read);
        Assert.Equal(viaStatements.SubmittedAt, read.SubmittedAt);
        Assert.Equal(viaStatements.Answers, read.Answers);
        Assert.Equal(viaStatements.Reasons, read.Reasons);
    }

    [Fact]
    public async Task A_prompt_record_written_with_its_rating_is_stored_as_SaveChanges_stores_it()
    {
        var coordinator = Fixture.Services.GetRequiredService<IPromptCoordinator>();
        await coordinator.OpenAsync(new PromptRequest("QUAY-01", Samples.Dossier()), Ct);
        var press = await coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL", DeviceId = "PAD-A1B2" }, Ct);
        Assert.Equal(PressDisposition.Rated, press.Disposition);

        Guid written, copy = Guid.CreateVersion7();
        await using (var context = Fixture.NewContext())
        {
            var record = await context.Set<PromptRecordEntity>().AsNoTracking().SingleAsync(Ct);
            written = record.Id;
            record.Id = copy;
            // Another place in the chain: one link per (chain, sequence).
            record.ChainSequence += 8;
            context.Add(record);
            await context.SaveChangesAsync(Ct);
        }

        await AssertRowsAlikeAsync<PromptRecordEntity>("Id", written, copy, ["Id", "ChainSequence"]);
        await using var check = Fixture.NewContext();
        Assert.Equal(1, await check.Set<PromptRecordEntity>().CountAsync(p => p.Id == written && p.RatingId == press.RatingId, Ct));
    }

    /// <summary>
    /// Compares, column by column, the rows whose <paramref name="keyColumn"/> is <paramref name="written"/>
    /// (the store's statements) with those of <paramref name="expected"/> (SaveChanges): the same SQLite
    /// storage class everywhere, the same stored value except in <paramref name="differing"/>.
    /// </summary>
    private async Task AssertRowsAlikeAsync<TEntity>(string keyColumn, Guid written, Guid expected, string[] differing, int count = 1)
    {
        string table;
        await using (var context = Fixture.NewContext())
        {
            table = context.Model.FindEntityType(typeof(TEntity))!.GetTableName()!;
        }

        await using var connection = new SqliteConnection(Fixture.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                columns.Add(reader.GetString(0));
            }
        }

        async Task<List<string[]>> RowsAsync(Guid key)
        {
            await using var command = connection.CreateCommand();
            var select = string.Join(", ", columns.Select(c => $"typeof(\"{c}\") || ':' || quote(\"{c}\")"));
            // Both rows' keys are compared by their stored text, so the look-up itself uses no binding.
            command.CommandText = $"SELECT {select} FROM \"{table}\" WHERE upper(\"{keyColumn}\") = '{key.ToString().ToUpperInvariant()}' ORDER BY rowid";
            var rows = new List<string[]>();
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                rows.Add([.. Enumerable.Range(0, columns.Count).Select(reader.GetString)]);
            }

            return rows;
        }

        var actual = await RowsAsync(written);
        var wanted = await RowsAsync(expected);
        Assert.Equal(count, actual.Count);
        Assert.Equal(count, wanted.Count);
        for (var row = 0; row < count; row++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var (got, want) = (actual[row][c], wanted[row][c]);
                if (differing.Contains(columns[c]))
                {
                    // Different values by design: the same storage class and the same length of text or bytes.
                    Assert.True(got.Split(':')[0] == want.Split(':')[0] && got.Length == want.Length, $"{table}.{columns[c]}: {got} against {want}");
                }
                else
                {
                    Assert.True(got == want, $"{table}.{columns[c]}: {got} against {want}");
                }
            }
        }
    }
}
