using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EfCore.Tests.Reports;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Reports;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Replica;

/// <summary>
/// The report replica's guard on its own: the "replica" here is the same SQLite file as the primary, a database
/// that would take any write, so only the guard can refuse one. And without <c>UseReportReplica</c> the report
/// queries read the scope's own context.
/// </summary>
public sealed class ReportReplicaGuardTests : IAsyncLifetime
{
    private StoreFixture? _fixture;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private StoreFixture Fixture => _fixture!;

    public async ValueTask InitializeAsync() =>
        _fixture = await StoreFixture.CreateAsync("sqlite", configure: services => services.AddSatisfactionKit()
            .UseReportReplica(o => o.UseSqlite(Fixture.Database.ConnectionString)));

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Reports_read_through_the_replica_context_which_refuses_every_write_even_to_a_writable_database()
    {
        foreach (var rating in ReportData.Hanoi())
        {
            await Fixture.Ratings.AddAsync(rating, Ct);
        }

        var reports = Fixture.Services.GetRequiredService<ISatisfactionReportQueries>();
        Assert.Equal(5, Assert.Single(await reports.GetSatisfactionAsync(ReportData.November(), ReportGrouping.Total, Ct)).Ratings);

        await using (var scope = Fixture.Services.CreateAsyncScope())
        {
            var source = scope.ServiceProvider.GetRequiredService<ReportContextSource<VendorDbContext>>();
            Assert.True(source.IsReplica);
            var replica = source.Context;
            Assert.NotSame(scope.ServiceProvider.GetRequiredService<VendorDbContext>(), replica);

            replica.Dossiers.Add(new VendorDossier { Code = "HS-001" });
            var saved = await Assert.ThrowsAsync<InvalidOperationException>(async () => await replica.SaveChangesAsync(Ct));
            Assert.Contains("read-only", saved.Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => replica.SaveChanges());
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await replica.Set<RatingEntity>().ExecuteDeleteAsync(Ct));
            await Assert.ThrowsAsync<InvalidOperationException>(async () => await replica.Database.ExecuteSqlRawAsync("DELETE FROM \"Dossiers\"", Ct));

            // Reading through it still works, untracked.
            Assert.Equal(6, await replica.Set<RatingEntity>().CountAsync(Ct));
            Assert.NotEmpty(await replica.Set<RatingEntity>().ToListAsync(Ct));
            Assert.Empty(replica.ChangeTracker.Entries<RatingEntity>());
        }

        // Nothing was written.
        await using var primary = Fixture.NewContext();
        Assert.Equal(0, await primary.Dossiers.CountAsync(Ct));
        Assert.Equal(6, await primary.Set<RatingEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task Without_a_replica_the_report_queries_read_the_scopes_own_context()
    {
        await using var plain = await StoreFixture.CreateAsync("sqlite");
        await using var scope = plain.Services.CreateAsyncScope();

        var source = scope.ServiceProvider.GetRequiredService<ReportContextSource<VendorDbContext>>();

        Assert.False(source.IsReplica);
        Assert.Same(scope.ServiceProvider.GetRequiredService<VendorDbContext>(), source.Context);
    }
}
