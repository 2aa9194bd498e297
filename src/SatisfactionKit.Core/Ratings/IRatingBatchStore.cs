namespace SatisfactionKit.Ratings;

/// <summary>
/// Stores many ratings all-or-none (the paper survey import). Separate from <see cref="IRatingStore"/>
/// so that existing stores need not change. Implemented by <c>SatisfactionKit.EfCore</c>.
/// </summary>
public interface IRatingBatchStore
{
    /// <summary>
    /// Begins a batch: ratings added to it are stored only when it is committed, and none are when it
    /// is disposed without a commit (one database transaction in the EF Core store).
    /// </summary>
    ValueTask<IRatingBatch> BeginAsync(RatingBatchInfo info, CancellationToken cancellationToken = default);
}
