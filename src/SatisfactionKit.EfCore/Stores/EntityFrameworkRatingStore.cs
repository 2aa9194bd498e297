using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// <see cref="IRatingStore"/> over the vendor's <typeparamref name="TContext"/>. A singleton: each call
/// opens its own scope and context, so it is safe to share across threads. It has no update or delete path; each
/// rating is appended to its unit's hash chain in the transaction that stores it.
/// </summary>
internal sealed partial class EntityFrameworkRatingStore<TContext> : IRatingStore
    where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<EntityFrameworkRatingStore<TContext>> _logger;

    public EntityFrameworkRatingStore(IServiceScopeFactory scopes, ILogger<EntityFrameworkRatingStore<TContext>> logger)
    {
        _scopes = scopes;
        _logger = logger;
    }

    public async ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentException.ThrowIfNullOrEmpty(rating.IdempotencyKey, nameof(rating));

        if (await FindByIdempotencyKeyAsync(rating.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return new RatingStoreResult(earlier, WasDuplicate: true);
        }

        try
        {
            var scope = _scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                // One transaction: lock the chain's head, link the rating after it, move the head.
                // A failure (the idempotency key raced in) rolls it all back, so no link is spent.
                // Run through the context's execution strategy, so that a vendor's retrying strategy
                // (EnableRetryOnFailure) retries the whole transaction instead of refusing it.
                var strategy = context.Database.CreateExecutionStrategy();
                await strategy.ExecuteAsync(
                    (Context: context, Rating: rating),
                    static async (_, state, ct) =>
                    {
                        var (context, rating) = state;
                        context.ChangeTracker.Clear();
                        var entity = RatingMapper.ToEntity(rating);
                        var chainKey = ChainHeads.KeyOf(entity);
                        var transaction = await context.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                        await using (transaction.ConfigureAwait(false))
                        {
                            var (sequence, hash) = await ChainHeads.LockAsync(context, chainKey, ct).ConfigureAwait(false);
                            ChainHeads.Link(entity, chainKey, sequence, hash, new ArrayBufferWriter<byte>(512));
                            context.Set<RatingEntity>().Add(entity);
                            await context.SaveChangesAsync(ct).ConfigureAwait(false);
                            await ChainHeads.MoveAsync(context, chainKey, entity.ChainSequence, entity.Hash, ct).ConfigureAwait(false);
                            await transaction.CommitAsync(ct).ConfigureAwait(false);
                        }

                        return true;
                    },
                    verifySucceeded: null,
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbUpdateException ex)
        {
            // Another writer stored the same key between our look-up and our insert: the unique index
            // refused the second row. Whatever the provider's error code, the key now being there is the
            // proof; anything else (a real failure) is rethrown.
            if (await FindByIdempotencyKeyAsync(rating.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } raced)
            {
                LogRaceResolved(rating.IdempotencyKey, raced.Id, ex);
                return new RatingStoreResult(raced, WasDuplicate: true);
            }

            throw;
        }

        return new RatingStoreResult(rating, WasDuplicate: false);
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

    public async ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetRequiredService<TContext>();
            var query = context.Set<RatingEntity>().Where(r => r.DossierCode == dossierCode);
            if (channel is { } only)
            {
                query = query.Where(r => r.Channel == only);
            }

            return await query.AnyAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ratings with their answers and choices, read-only, one query per collection.</summary>
    private static IQueryable<RatingEntity> Ratings(TContext context) => context.Set<RatingEntity>()
        .AsNoTracking()
        .Include(r => r.Answers)
        .Include(r => r.Choices)
        .AsSplitQuery();

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Idempotency key {IdempotencyKey} was stored concurrently as rating {RatingId} ; nothing written")]
    private partial void LogRaceResolved(string idempotencyKey, Guid ratingId, Exception exception);
}
