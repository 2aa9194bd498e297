using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EfCore.Tests.Stores;

/// <summary>The ready context, for vendors who keep ratings in a database of their own.</summary>
public sealed class SatisfactionKitDbContextTests
{
    [Fact]
    public async Task The_ready_context_stores_ratings_and_refuses_to_change_them()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new SqliteTestDatabase();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(StoreFixture.Start));
        services.AddDbContext<SatisfactionKitDbContext>(database.Configure);
        services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync(ct);
        }

        var rating = Samples.Rating();
        var store = provider.GetRequiredService<IRatingStore>();
        Assert.False((await store.AddAsync(rating, ct)).WasDuplicate);
        Assert.True((await store.AddAsync(rating, ct)).WasDuplicate);
        Assert.Same(store, provider.GetRequiredService<IRatingStore>());

        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>();
            Assert.Equal(["SK_Alerts", "SK_AnswerRollups", "SK_ChainHeads", "SK_CounterDevices", "SK_DissatisfiedDossiers", "SK_Prompts", "SK_RatingAnswers", "SK_RatingBatches", "SK_RatingChoices", "SK_RatingInvitations", "SK_RatingRollups", "SK_RatingSchemes", "SK_Ratings", "SK_RepeatedDissatisfiedRatings", "SK_RollupState", "SK_StrayPresses", "SK_SurveyCampaigns", "SK_UnitSuccessions", "SK_UnitVersions", "SK_VerificationAttempts", "SK_VerificationCodes", "SK_VerificationLimits"],
                context.Model.GetEntityTypes().Select(t => t.GetTableName()!).Order(StringComparer.Ordinal));
            context.Remove(await context.Set<RatingEntity>().SingleAsync(ct));
            await Assert.ThrowsAsync<AppendOnlyViolationException>(() => context.SaveChangesAsync(ct));
        }

        Assert.NotNull(await store.FindAsync(rating.Id, ct));
    }
}
