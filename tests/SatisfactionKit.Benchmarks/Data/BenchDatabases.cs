using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// Fresh databases for one run: a SQLite file in WAL mode, or a database of its own on the PostgreSQL
/// server named by <c>SATISFACTIONKIT_TEST_POSTGRES</c> (the variable <c>scripts/test.sh</c> sets).
/// The schema is always SatisfactionKit's own, created by EF Core, so the baselines write into the
/// same tables and indexes as the library.
/// </summary>
public static class BenchDatabases
{
    public const string PostgresVariable = "SATISFACTIONKIT_TEST_POSTGRES";

    public static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {PostgresVariable} to a PostgreSQL connection string (see docs/benchmarks.md).");

    /// <summary>A new SQLite file with SatisfactionKit's schema, switched to WAL (which SQLite keeps in the file).</summary>
    public static async Task<string> CreateSqliteAsync(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sk-bench-{name}-{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 60 }.ToString();
        await using (var context = new SatisfactionKitDbContext(new DbContextOptionsBuilder<SatisfactionKitDbContext>().UseSqlite(connectionString).Options))
        {
            await context.Database.EnsureCreatedAsync();
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return connectionString;
    }

    public static void DeleteSqlite(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A new database with SatisfactionKit's schema; <paramref name="name"/> null means a fresh random one.</summary>
    public static async Task<string> CreatePostgresAsync(string? name = null, int maxPoolSize = 100)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer())
        {
            Database = name ?? $"sk_bench_{Guid.NewGuid():N}",
            MaxPoolSize = maxPoolSize,
        }.ConnectionString;
        await using var context = PostgresContext(connectionString);
        await context.Database.EnsureDeletedAsync();
        await context.Database.EnsureCreatedAsync();
        return connectionString;
    }

    public static async Task DropPostgresAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var context = PostgresContext(connectionString);
        await context.Database.EnsureDeletedAsync();
    }

    public static SatisfactionKitDbContext PostgresContext(string connectionString) =>
        new(new DbContextOptionsBuilder<SatisfactionKitDbContext>().UseNpgsql(connectionString).Options);
}
