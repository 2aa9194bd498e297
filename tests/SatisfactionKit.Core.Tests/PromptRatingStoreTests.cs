using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Core.Tests;

/// <summary>
/// The coordinator leaves a rated prompt's record to a rating store that keeps both in one transaction
/// (<see cref="IPromptRatingStore"/>) only when that store keeps prompts where the registered prompt store does.
/// </summary>
public sealed class PromptRatingStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_store_that_keeps_both_gets_the_rating_and_its_record_in_one_call_and_nothing_is_written_twice()
    {
        var stores = new RecordingStores();
        var together = new TogetherStore(stores, keepsPrompts: true);
        await using var services = Build(together, stores);
        var coordinator = services.GetRequiredService<IPromptCoordinator>();
        var opened = await coordinator.OpenAsync(new PromptRequest("QUAY-01", CoreFixture.Dossier()), Ct);

        var press = await coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Equal(PressDisposition.Rated, press.Disposition);
        var (rating, record) = Assert.Single(together.Together);
        Assert.Equal(press.RatingId, rating.Id);
        Assert.Equal((opened.PromptId, PromptState.Rated, rating.Id), (record.Id, record.Outcome, record.RatingId));
        Assert.Empty(stores.Prompts);
        Assert.Empty(stores.Ratings);
    }

    [Fact]
    public async Task A_store_that_keeps_prompts_elsewhere_is_used_for_the_rating_only_and_the_prompt_store_gets_the_record()
    {
        var stores = new RecordingStores();
        var together = new TogetherStore(stores, keepsPrompts: false);
        await using var services = Build(together, stores);
        var coordinator = services.GetRequiredService<IPromptCoordinator>();
        await coordinator.OpenAsync(new PromptRequest("QUAY-01", CoreFixture.Dossier()), Ct);

        var press = await coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Empty(together.Together);
        Assert.Equal(press.RatingId, Assert.Single(stores.Ratings).Id);
        Assert.Equal(press.RatingId, Assert.Single(stores.Prompts).RatingId);
    }

    private static ServiceProvider Build(TogetherStore ratings, RecordingStores prompts)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7))));
        services.AddSingleton<IRatingStore>(ratings);
        services.AddSingleton<IPromptRatingStore>(ratings);
        services.AddSingleton<IPromptStore>(prompts);
        services.AddSatisfactionKit();
        return services.BuildServiceProvider();
    }

    /// <summary>A rating store with the one-transaction capability, recording what it was given together.</summary>
    private sealed class TogetherStore(RecordingStores inner, bool keepsPrompts) : IRatingStore, IPromptRatingStore
    {
        public List<(Rating Rating, PromptRecord Record)> Together { get; } = [];

        public bool KeepsPromptsOf(IPromptStore promptStore) => keepsPrompts && ReferenceEquals(promptStore, inner);

        public ValueTask<RatingStoreResult> AddAsync(Rating rating, PromptRecord completedPrompt, CancellationToken cancellationToken = default)
        {
            Together.Add((rating, completedPrompt));
            return ValueTask.FromResult(new RatingStoreResult(rating, WasDuplicate: false));
        }

        public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default) => inner.AddAsync(rating, cancellationToken);

        public ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);

        public ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) => inner.FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken);

        public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default) => inner.ExistsForDossierAsync(dossierCode, channel, cancellationToken);
    }
}
