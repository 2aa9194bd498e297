using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Testing;

namespace SatisfactionKit.CounterAgent.Tests.Infrastructure;

// The central databases behind the outbox: the part of SatisfactionKit.EfCore.Tests' TestDatabase these tests use.

/// <summary>A SQLite file in the temp folder, deleted on disposal.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"satisfactionkit-{Guid.NewGuid():N}.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, DefaultTimeout = 60 }.ToString();

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A database of its own on the test PostgreSQL server, dropped on disposal.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public PostgresTestDatabase()
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString())
        {
            Database = $"sk_{Guid.NewGuid():N}",
        }.ConnectionString;
    }

    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        var options = new DbContextOptionsBuilder<SatisfactionKitDbContext>().UseNpgsql(ConnectionString).Options;
        await using var context = new SatisfactionKitDbContext(options);
        await context.Database.EnsureDeletedAsync();
    }
}
