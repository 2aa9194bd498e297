using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IRatingStore"/> over the vendor's <typeparamref name="TContext"/>. A singleton: each call
/// opens its own scope and context, so it is safe to share across threads. It has no update or delete path; each
/// rating is appended to its unit's hash chain in the transaction that stores it, and concurrent ratings
/// share transactions (<see cref="RatingGroupWriter{TContext}"/>), so that many counters cost few commits.
/// </summary>
internal sealed class EntityFrameworkRatingStore<TContext> : IRatingStore, IPromptRatingStore, IDisposable, IAsyncDisposable
    where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly EntityFrameworkPromptStore<TContext> _prompts;
    private int _disposed;
    private readonly RatingGroupWriter<TContext> _writer;
    private readonly DossierRatingLookup<TContext> _dossiers;

    public EntityFrameworkRatingStore(
        IServiceScopeFactory scopes,
        IRatingChunkWriter rows,
        RollupCalculator rollups,
        IEnumerable<IRatingStoreFastPath> fastPaths,
        EntityFrameworkPromptStore<TContext> prompts,
        IOptionsMonitor<RatingOptions> options,
        ILogger<EntityFrameworkRatingStore<TContext>> logger)
    {
        _scopes = scopes;
        _prompts = prompts;
        IRatingStoreFastPath[] paths = [.. fastPaths];
        _writer = new RatingGroupWriter<TContext>(scopes, rows, rollups, paths, () => options.CurrentValue.Uniqueness, logger);
        _dossiers = new DossierRatingLookup<TContext>(scopes, paths);
    }

    public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentException.ThrowIfNullOrEmpty(rating.IdempotencyKey, nameof(rating));
        return _writer.WriteAsync(rating, prompt: null, cancellationToken);
    }

    /// <summary>Whether <paramref name="promptStore"/> is this context's prompt store, which keeps records in the same tables this store writes them to.</summary>
    public bool KeepsPromptsOf(IPromptStore promptStore) => ReferenceEquals(promptStore, _prompts);

    public ValueTask<RatingStoreResult> AddAsync(Rating rating, PromptRecord completedPrompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(completedPrompt);
        ArgumentException.ThrowIfNullOrEmpty(rating.IdempotencyKey, nameof(rating));
        return _writer.WriteAsync(rating, PromptMapper.ToEntity(completedPrompt), cancellationToken);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <remarks>
    /// Runs once: the container disposes this one object as each registration it answers (the store
    /// itself, <see cref="IRatingStore"/>, <see cref="IPromptRatingStore"/>).
    /// </remarks>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
        await _dossiers.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var entity = await Ratings(context).SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
            return entity is null ? null : RatingMapper.ToRating(entity);
        }
    }

    public async ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var entity = await Ratings(context).SingleOrDefaultAsync(r => r.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false);
            return entity is null ? null : RatingMapper.ToRating(entity);
        }
    }

    public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        return _dossiers.ExistsAsync(dossierCode, channel, cancellationToken);
    }

    /// <summary>Ratings with their answers and choices, read-only, one query per collection.</summary>
    private static IQueryable<RatingEntity> Ratings(TContext context) => context.Set<RatingEntity>()
        .AsNoTracking()
        .Include(r => r.Answers)
        .Include(r => r.Choices)
        .AsSplitQuery();
}
