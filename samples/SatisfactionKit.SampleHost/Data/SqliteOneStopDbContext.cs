using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>The sample's context on the embedded SQLite file; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteOneStopDbContext(DbContextOptions<SqliteOneStopDbContext> options) : OneStopDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteOneStopDbContext</c> build the context without starting the host.</summary>
public sealed class SqliteOneStopDbContextFactory : IDesignTimeDbContextFactory<SqliteOneStopDbContext>
{
    public SqliteOneStopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOneStopDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
