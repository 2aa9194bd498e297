using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SatisfactionKit.SampleHost.Data;

/// <summary>
/// The sample's context on SQL Server; its migrations are in Data/Migrations/SqlServer. The host does not
/// run on it (no SQL Server in the sample's set-up): it shows the migration a SQL Server vendor gets.
/// </summary>
public sealed class SqlServerOneStopDbContext(DbContextOptions<SqlServerOneStopDbContext> options) : OneStopDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add … --context SqlServerOneStopDbContext</c> build the context without a server.</summary>
public sealed class SqlServerOneStopDbContextFactory : IDesignTimeDbContextFactory<SqlServerOneStopDbContext>
{
    public SqlServerOneStopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerOneStopDbContext>().UseSqlServer("Server=127.0.0.1;Database=design_time;Encrypt=false").Options);
}
