namespace SatisfactionKit.Ratings;

/// <summary>What <see cref="IRatingStore.AddAsync"/> did.</summary>
/// <param name="Rating">The stored rating: the one given, or the one already stored under its idempotency key.</param>
/// <param name="WasDuplicate">Whether the idempotency key was already stored, so nothing was written.</param>
public sealed record RatingStoreResult(Rating Rating, bool WasDuplicate);
