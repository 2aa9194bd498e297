using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Benchmarks.Data;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Tests;

/// <summary>
/// The raw SQLite loader (P3d over SQLite) writes what the library would: the same rows, value for value, and a
/// file the library's verifier, roll-up rebuild and check, look-ups and later writes all take as their own.
/// </summary>
public sealed class RawSqliteLoadTests
{
    private const int Seed = 7;

    [Fact]
    public async Task Raw_rows_are_the_rows_the_store_writes_column_for_column()
    {
        const int size = 300;
        // A press's rating beside the paper forms: a prompt, a device, a comment and choices, in a chain of its own.
        var press = RatingDataSet.Rating(Seed, size) with
        {
            Dossier = new DossierReference("000.00.17.H29-261123-0000001", "1.001612", "UBND-Q1", "CB-007", "QUAY-01"),
            Channel = RatingChannel.CounterPad,
            PromptId = Guid.CreateVersion7(),
            DeviceId = "PAD-0001",
            Comment = "Cán bộ hướng dẫn tận tình",
            Conditions = ["C-1"],
            Reasons = ["R-2", "R-1"],
            IdempotencyKey = "prompt:raw-rows",
        };
        var raw = await BenchDatabases.CreateSqliteAsync("raw-rows");
        var library = await BenchDatabases.CreateSqliteAsync("library-rows");
        try
        {
            await RawSqliteLoad.LoadAsync(raw, size, Seed, TextWriter.Null);
            await using (var connection = new SqliteConnection(raw))
            {
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                using var rows = new RawSqliteRows(connection);
                using var transaction = connection.BeginTransaction();
                rows.SaveHead(rows.Insert(press, previous: null, transaction), transaction);
                transaction.Commit();
            }

            await using (var provider = Services(library))
            {
                var store = provider.GetRequiredService<IRatingStore>();
                // One at a time, so that each chain's links come in the data set's order, as the loader links them.
                foreach (var rating in RatingDataSet.Ratings(Seed, 0, size, province: true).Append(press))
                {
                    await store.AddAsync(rating, TestContext.Current.CancellationToken);
                }
            }

            foreach (var (table, order) in new[] { ("SK_Ratings", "Id"), ("SK_RatingAnswers", "RatingId, Position"), ("SK_RatingChoices", "RatingId, Kind, Position"), ("SK_ChainHeads", "ChainKey") })
            {
                var expected = await RowsAsync(library, table, order);
                Assert.NotEmpty(expected);
                Assert.Equal(expected, await RowsAsync(raw, table, order));
            }
        }
        finally
        {
            BenchDatabases.DeleteSqlite(raw);
            BenchDatabases.DeleteSqlite(library);
        }
    }

    [Fact]
    public async Task A_raw_loaded_file_verifies_rebuilds_reads_back_and_takes_the_stores_next_ratings()
    {
        const int size = 2_000;
        var database = await BenchDatabases.CreateSqliteAsync("raw-load");
        try
        {
            var seconds = await RawSqliteLoad.LoadAsync(database, size, Seed, TextWriter.Null);
            Assert.True(seconds > 0);
            await using var provider = Services(database);
            var verifier = provider.GetRequiredService<IRatingChainVerifier>();
            var rollups = provider.GetRequiredService<IRatingRollups>();
            var store = provider.GetRequiredService<IRatingStore>();

            var chains = await verifier.VerifyAllAsync(cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(RatingDataSet.Units, chains.Count);
            Assert.All(chains, c => Assert.True(c.IsIntact, c.ToString()));
            Assert.Equal(size, chains.Sum(c => c.LinksChecked));

            Assert.False(await rollups.IsBuiltAsync(TestContext.Current.CancellationToken));
            Assert.Equal(size, (await rollups.RebuildAsync(cancellationToken: TestContext.Current.CancellationToken)).Ratings);
            var check = await rollups.CheckAsync(cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(check.IsBuilt);
            Assert.Equal(size, check.Ratings);
            Assert.Equal(0, check.DifferenceCount);

            // The first, the last, and a dossier's second rating on another channel, found by id and by idempotency key.
            var online = Enumerable.Range(1, size - 1).First(i => RatingDataSet.ProvinceRating(Seed, i).Channel == RatingChannel.Online);
            foreach (var index in new[] { 0, online, size - 1 })
            {
                var generated = RatingDataSet.ProvinceRating(Seed, index);
                Assert.Equal(Json(generated), Json(await store.FindAsync(generated.Id, TestContext.Current.CancellationToken)));
                Assert.Equal(generated.Id, (await store.FindByIdempotencyKeyAsync(generated.IdempotencyKey, TestContext.Current.CancellationToken))?.Id);
                Assert.True(await store.ExistsForDossierAsync(generated.Dossier!.DossierCode, generated.Channel, TestContext.Current.CancellationToken));
            }

            // The store appends after the loaded heads, and its dossier slots refuse a second rating of a loaded dossier.
            var next = RatingDataSet.ProvinceRating(Seed, size);
            var added = await store.AddAsync(next, TestContext.Current.CancellationToken);
            Assert.False(added.WasDuplicate || added.DossierAlreadyRated);
            var again = RatingDataSet.ProvinceRating(Seed, 5) with { Id = Guid.CreateVersion7(), IdempotencyKey = "paper:again:5" };
            Assert.True((await store.AddAsync(again, TestContext.Current.CancellationToken)).DossierAlreadyRated);

            chains = await verifier.VerifyAllAsync(cancellationToken: TestContext.Current.CancellationToken);
            Assert.All(chains, c => Assert.True(c.IsIntact, c.ToString()));
            Assert.Equal(size + 1, chains.Sum(c => c.LinksChecked));
            Assert.Equal(0, (await rollups.CheckAsync(cancellationToken: TestContext.Current.CancellationToken)).DifferenceCount);
        }
        finally
        {
            BenchDatabases.DeleteSqlite(database);
        }
    }

    private static ServiceProvider Services(string database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite(database));
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UseSqliteFastPath();
        return services.BuildServiceProvider();
    }

    /// <summary>A rating as text, its times in UTC (the store reads them back in UTC; the data set has Hà Nội's offset).</summary>
    private static string Json(Rating? rating) => JsonSerializer.Serialize(rating is null ? null : rating with
    {
        SubmittedAt = rating.SubmittedAt.ToUniversalTime(),
        ResultReturnedAt = rating.ResultReturnedAt?.ToUniversalTime(),
    });

    /// <summary>Every row of <paramref name="table"/> in <paramref name="order"/>, each column as its stored type and SQL literal.</summary>
    private static async Task<List<string>> RowsAsync(string database, string table, string order)
    {
        await using var connection = new SqliteConnection(database);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"'{c}=' || typeof({c}) || ':' || quote({c})"))} FROM {table} ORDER BY {order}";
        var rows = new List<string>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        return rows;
    }
}
