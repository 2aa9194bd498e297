using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>A rating waiting in a lane of <see cref="RatingGroupWriter{TContext}"/>, with the record of the prompt it completes.</summary>
internal sealed class PendingRating(Rating rating, PromptRecordEntity? prompt, string chainKey, RatingUniqueness uniqueness, CancellationToken cancellation)
{
    public Rating Rating { get; } = rating;

    /// <summary>The uniqueness rule in force when the rating was submitted, for its <see cref="RatingEntity.DossierSlot"/>.</summary>
    public RatingUniqueness Uniqueness { get; } = uniqueness;

    public PromptRecordEntity? Prompt { get; } = prompt;

    public string ChainKey { get; } = chainKey;

    public CancellationToken Cancellation { get; } = cancellation;

    // Completed from the lane's loop; continuations must not run on it, or one slow caller holds up the lane.
    public TaskCompletionSource<RatingStoreResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers the writer with the rating stored under its key before (a retry).</summary>
    public void AnswerDuplicate(Rating earlier) => Completion.TrySetResult(new RatingStoreResult(earlier, WasDuplicate: true));

    /// <summary>Answers the writer: another rating of the same dossier (and channel) holds the slot; nothing was written.</summary>
    public void AnswerAlreadyRated(Rating holder) => Completion.TrySetResult(RatingStoreResult.AlreadyRated(holder));

    /// <summary>Answers the writer: its rating is stored.</summary>
    public void AnswerStored() => Completion.TrySetResult(new RatingStoreResult(Rating, WasDuplicate: false));
}
