using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// What the stores need to know of the provider without referencing it: SQLite has one writer per
/// database and takes that write lock when a transaction begins (<c>BEGIN IMMEDIATE</c>).
/// </summary>
internal static class DatabaseProviders
{
    public static bool IsSqlite(DatabaseFacade database) =>
        database.ProviderName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true;
}
