using SatisfactionKit.Ratings;

namespace SatisfactionKit.Prompts;

/// <summary>
/// An optional capability of an <see cref="IRatingStore"/>: it keeps a counter rating and the record of
/// the prompt that rating completes in one transaction, so that a citizen's press costs one durable
/// commit instead of two (the rating, then the prompt record).
/// </summary>
/// <remarks>
/// The prompt coordinator uses it only when the registered <see cref="IRatingStore"/> implements it
/// and <see cref="KeepsPromptsOf"/> says that the registered <see cref="IPromptStore"/> would have
/// kept the record in the same place; otherwise it stores the rating and then calls
/// <see cref="IPromptStore.AddPromptAsync"/>, as any store works. The EF Core stores implement it.
/// </remarks>
public interface IPromptRatingStore
{
    /// <summary>
    /// Whether records written by <see cref="AddAsync"/> land where <paramref name="promptStore"/> keeps
    /// prompt records, so that the coordinator may leave the record to this store.
    /// </summary>
    /// <param name="promptStore">The prompt store the coordinator would otherwise write to.</param>
    /// <returns><see langword="true"/> when the two stores keep prompts in the same place.</returns>
    bool KeepsPromptsOf(IPromptStore promptStore);

    /// <summary>
    /// Stores <paramref name="rating"/> and <paramref name="completedPrompt"/> in one transaction. When a
    /// rating with the same <see cref="Rating.IdempotencyKey"/> is already stored, writes nothing (neither
    /// the rating nor the record) and returns the stored rating as a duplicate, as
    /// <see cref="IRatingStore.AddAsync"/> does.
    /// </summary>
    /// <param name="rating">The rating to store.</param>
    /// <param name="completedPrompt">The record of the prompt it completes, with <see cref="PromptRecord.RatingId"/> set to the rating's id.</param>
    /// <param name="cancellationToken">Stops waiting; a rating whose transaction has begun may still be stored (its idempotency key makes a retry safe).</param>
    /// <returns>What was stored.</returns>
    ValueTask<RatingStoreResult> AddAsync(Rating rating, PromptRecord completedPrompt, CancellationToken cancellationToken = default);
}
