using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore;

namespace SatisfactionKit.Testing;

/// <summary>A fresh, empty database of one provider, dropped on disposal.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>Points <paramref name="options"/> at this database, throwing on every query warning.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        UseProvider(options);
        // Queries must run in the database: warnings about possibly client-evaluated or ambiguous
        // queries fail the test instead of passing silently. (EF Core already throws on any
        // client evaluation it cannot do in the final projection.)
        options.ConfigureWarnings(w => w.Throw(
            RelationalEventId.MultipleCollectionIncludeWarning,
            RelationalEventId.QueryPossibleUnintendedUseOfEqualsWarning,
            CoreEventId.RowLimitingOperationWithoutOrderByWarning,
            CoreEventId.FirstWithoutOrderByAndFilterWarning,
            CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning,
            CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    protected abstract void UseProvider(DbContextOptionsBuilder options);

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(string provider) => provider switch
    {
        "sqlite" => new SqliteTestDatabase(),
        "postgres" => new PostgresTestDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}

/// <summary>A SQLite file in the temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"satisfactionkit-{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";

    public string FilePath => _path;

    public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, DefaultTimeout = 60 }.ToString();

    protected override void UseProvider(DbContextOptionsBuilder options) => options.UseSqlite(ConnectionString);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A database of its own on the test PostgreSQL server.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _connectionString;

    public PostgresTestDatabase()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString())
        {
            Database = $"sk_{Guid.NewGuid():N}",
        };
        _connectionString = builder.ConnectionString;
    }

    public override string Provider => "postgres";

    public override string ConnectionString => _connectionString;

    protected override void UseProvider(DbContextOptionsBuilder options) => options.UseNpgsql(_connectionString);

    public override async ValueTask DisposeAsync()
    {
        // Any context drops the database; SatisfactionKit's own is in every project that compiles this file.
        var options = new DbContextOptionsBuilder<SatisfactionKitDbContext>();
        UseProvider(options);
        await using var context = new SatisfactionKitDbContext(options.Options);
        await context.Database.EnsureDeletedAsync();
    }
}
