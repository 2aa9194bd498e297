using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>The sample's context on a central PostgreSQL server; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresOneStopDbContext(DbContextOptions<PostgresOneStopDbContext> options) : OneStopDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresOneStopDbContext</c> build the context without a server.</summary>
public sealed class PostgresOneStopDbContextFactory : IDesignTimeDbContextFactory<PostgresOneStopDbContext>
{
    public PostgresOneStopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOneStopDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options);
}
