using System.Collections.Concurrent;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.PadHost;

/// <summary>
/// Counts ratings and signals their counter; keeps nothing. The stores' own memory is not the
/// host's: a store keeping a million ratings in memory would measure itself.
/// </summary>
internal sealed class CountingStore : IRatingStore, IPromptStore
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.Ordinal);
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>The semaphore released once for each rating of <paramref name="counter"/>.</summary>
    public SemaphoreSlim Signal(string counter) => _signals.GetOrAdd(counter, _ => new SemaphoreSlim(0));

    public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        Signal(rating.Dossier!.CounterId!).Release();
        return ValueTask.FromResult(new RatingStoreResult(rating, false));
    }

    public ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default) => ValueTask.FromResult<Rating?>(null);

    public ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) => ValueTask.FromResult<Rating?>(null);

    public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

    public ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
