namespace SatisfactionKit.Ratings;

/// <summary>An open all-or-none batch of ratings; disposing it without <see cref="CommitAsync"/> stores nothing.</summary>
public interface IRatingBatch : IAsyncDisposable
{
    /// <summary>Adds ratings to the batch; called in chunks so that a large file is never held in memory whole.</summary>
    /// <remarks>
    /// A rating whose idempotency key is already stored, or was already added to this batch, is skipped,
    /// as <see cref="IRatingStore.AddAsync"/> writes nothing for a stored key: importing the same file twice stores it once.
    /// </remarks>
    ValueTask AddRangeAsync(IReadOnlyList<Rating> ratings, CancellationToken cancellationToken = default);

    /// <summary>Stores every rating added, together with the batch's <see cref="RatingBatchInfo"/>.</summary>
    ValueTask CommitAsync(CancellationToken cancellationToken = default);
}
