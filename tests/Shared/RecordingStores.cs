using System.Collections.Concurrent;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Testing;

/// <summary>
/// A thread-safe rating and prompt store for tests and the device harness only (Core ships no
/// production in-memory store; the real stores are tested against SQLite and PostgreSQL in
/// SatisfactionKit.EfCore.Tests). Shared from tests/Shared so that every test project uses the same one.
/// </summary>
internal sealed class RecordingStores : IRatingStore, IPromptStore
{
    private readonly ConcurrentDictionary<string, Rating> _byKey = new();

    public ConcurrentQueue<Rating> Ratings { get; } = new();
    public ConcurrentQueue<PromptRecord> Prompts { get; } = new();
    public ConcurrentQueue<StrayPress> StrayPresses { get; } = new();

    public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        var stored = _byKey.GetOrAdd(rating.IdempotencyKey, rating);
        if (!ReferenceEquals(stored, rating))
        {
            return ValueTask.FromResult(new RatingStoreResult(stored, true));
        }

        Ratings.Enqueue(rating);
        return ValueTask.FromResult(new RatingStoreResult(rating, false));
    }

    public ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Ratings.FirstOrDefault(r => r.Id == id));

    public ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_byKey.GetValueOrDefault(idempotencyKey));

    public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Ratings.Any(r => r.Dossier?.DossierCode == dossierCode && (channel is null || r.Channel == channel)));

    public ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default)
    {
        Prompts.Enqueue(prompt);
        return ValueTask.CompletedTask;
    }

    public ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default)
    {
        StrayPresses.Enqueue(press);
        return ValueTask.CompletedTask;
    }
}
