using Microsoft.EntityFrameworkCore;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The sample's three migrations match its model (Identity's tables, SatisfactionKit's and the demo's): a model change
/// without <c>./scripts/regenerate-sample-migrations.sh</c> fails here, not at a vendor's first start.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void Each_providers_migrations_match_the_model()
    {
        using var sqlite = new SqliteOneStopDbContextFactory().CreateDbContext([]);
        using var postgres = new PostgresOneStopDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerOneStopDbContextFactory().CreateDbContext([]);

        foreach (DbContext context in new DbContext[] { sqlite, postgres, sqlServer })
        {
            Assert.False(context.Database.HasPendingModelChanges(), context.GetType().Name);
            Assert.Contains(context.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
            Assert.NotNull(context.Model.FindEntityType(typeof(Microsoft.AspNetCore.Identity.IdentityUser)));
        }
    }
}
