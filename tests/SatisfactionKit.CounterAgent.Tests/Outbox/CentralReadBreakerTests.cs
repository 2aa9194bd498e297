using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.CounterAgent.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Tests.Outbox;

/// <summary>
/// While the central store fails, reads stop asking it for a while (a circuit breaker), so that a dead
/// link does not cost every citizen the read timeout; they ask again once the break is over.
/// </summary>
public sealed class CentralReadBreakerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_answer_from_the_outbox_alone_while_the_central_store_keeps_failing_then_ask_it_again()
    {
        var time = new FakeTimeProvider(StoreFixture.Start);
        await using var central = new SqliteTestDatabase();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite(central.ConnectionString));
        var builder = services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>();
        // The real EF Core store, as AddEntityFrameworkStores registered it, with its calls counted.
        var efCore = services.Last(d => d.ServiceType == typeof(IRatingStore)).ImplementationFactory!;
        services.AddSingleton<IRatingStore>(sp => new CountingStore((IRatingStore)efCore(sp)));
        var outbox = Path.Combine(Path.GetTempPath(), $"satisfactionkit-breaker-{Guid.NewGuid():N}.db");
        builder.AddRatingOutbox(o =>
        {
            o.DatabasePath = outbox;
            o.CentralBreakDuration = TimeSpan.FromSeconds(30);
        });
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IRatingStore>();
        var counting = (CountingStore)provider.GetRequiredKeyedService<IRatingStore>("SatisfactionKit.Outbox.CentralStore");
        var dossier = Samples.Dossier().DossierCode;
        try
        {
            // The central database has no tables: each read fails inside EF Core and SQLite.
            for (var i = 0; i < 10; i++)
            {
                Assert.False(await store.ExistsForDossierAsync(dossier, null, Ct));
            }

            Assert.Equal(2, counting.Calls);

            // The central store comes back (with a rating of that dossier given elsewhere); the break is not over yet.
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync(Ct);
            }

            await counting.Inner.AddAsync(Samples.Rating(), Ct);
            time.Advance(TimeSpan.FromSeconds(29));
            Assert.False(await store.ExistsForDossierAsync(dossier, null, Ct));
            Assert.Equal(2, counting.Calls);

            time.Advance(TimeSpan.FromSeconds(2));
            Assert.True(await store.ExistsForDossierAsync(dossier, null, Ct));
            Assert.True(await store.ExistsForDossierAsync(dossier, null, Ct));
            Assert.Equal(4, counting.Calls);
        }
        finally
        {
            await provider.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { outbox, outbox + "-wal", outbox + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>A real store whose read calls are counted.</summary>
    private sealed class CountingStore(IRatingStore inner) : IRatingStore
    {
        private int _calls;

        public IRatingStore Inner => inner;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default) => inner.AddAsync(rating, cancellationToken);

        public ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return inner.FindAsync(id, cancellationToken);
        }

        public ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return inner.FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken);
        }

        public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return inner.ExistsForDossierAsync(dossierCode, channel, cancellationToken);
        }
    }
}
