using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>
/// On SQLite the rating writer's connection does not checkpoint the write-ahead log inside its commits (the
/// press that crossed 1,000 pages used to pay for copying the log into the database file); a background
/// checkpoint moves the ratings into the database file shortly after their commit instead.
/// </summary>
public sealed class WalCheckpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ratings_reach_the_database_file_shortly_after_their_commit_though_the_log_is_short()
    {
        await using var fixture = await StoreFixture.CreateAsync("sqlite");
        var path = ((SqliteTestDatabase)fixture.Database).FilePath;
        await using (var context = fixture.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", Ct);

            // The schema into the file, so that what follows is the ratings alone.
            await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", Ct);
        }

        // Five ratings write a few dozen pages: SQLite's automatic checkpoint would wait for 1,000, and the
        // pooled connections stay open, so only the writer's background checkpoint copies them to the file.
        for (var i = 1; i <= 5; i++)
        {
            await fixture.Ratings.AddAsync(Samples.Rating(dossierCode: $"000.00.17.H29-261102-{i:0000}"), Ct);
        }

        var copy = Path.Combine(Path.GetTempPath(), $"satisfactionkit-copy-{Guid.NewGuid():N}.db");
        try
        {
            long inFile = 0;
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (inFile < 5 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, Ct);
                inFile = CountInDatabaseFileAlone(path, copy);
            }

            Assert.Equal(5, inFile);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The ratings in the database file without its log: a copy of the file alone, read.</summary>
    private static long CountInDatabaseFileAlone(string path, string copy)
    {
        try
        {
            SqliteConnection.ClearPool(new SqliteConnection($"Data Source={copy}"));
            File.Copy(path, copy, overwrite: true);
            File.Delete(copy + "-wal");
            File.Delete(copy + "-shm");
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM SK_Ratings";
            return (long)count.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // A copy taken in the middle of a checkpoint may be torn: the next poll copies again.
            return -1;
        }
    }
}
