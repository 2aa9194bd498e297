using Microsoft.Data.Sqlite;
using SatisfactionKit.EfCore.Tests.Infrastructure;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>The store behaviours over a SQLite file, the embedded default.</summary>
public sealed class SqliteStoreTests : StoreTests
{
    protected override string Provider => "sqlite";

    [Fact]
    public async Task The_sqlite_file_is_in_wal_mode()
    {
        var database = (SqliteTestDatabase)Fixture.Database;
        Assert.True(File.Exists(database.FilePath));

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }
}
