namespace SatisfactionKit.Ratings;

/// <summary>
/// Where ratings are kept. Implemented by <c>SatisfactionKit.EfCore</c>; vendors may supply their own.
/// </summary>
/// <remarks>
/// The store is resolved by singletons (the prompt coordinator, the rating service), so an
/// implementation must be safe to share across threads, opening its own unit of work per call.
/// It must offer no way to change or delete a stored rating.
/// </remarks>
public interface IRatingStore
{
    /// <summary>
    /// Stores <paramref name="rating"/>. When a rating with the same <see cref="Rating.IdempotencyKey"/>
    /// is already stored, writes nothing and returns the stored one.
    /// </summary>
    ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default);

    /// <summary>The rating with <paramref name="id"/>, or <see langword="null"/>.</summary>
    ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The rating stored under <paramref name="idempotencyKey"/>, or <see langword="null"/>.</summary>
    ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="dossierCode"/> already has a rating, on <paramref name="channel"/> or on any channel when it is <see langword="null"/>.</summary>
    ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default);
}
