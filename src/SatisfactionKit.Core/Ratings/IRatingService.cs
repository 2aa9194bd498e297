namespace SatisfactionKit.Ratings;

/// <summary>
/// The one path every rating takes into storage, whatever its channel: validate, then store
/// append-only. Refusals are returned, not thrown.
/// </summary>
public interface IRatingService
{
    /// <summary>Validates and stores a rating.</summary>
    /// <returns>
    /// The stored rating; or, when the idempotency key was seen before, the rating stored then
    /// (<see cref="RatingResult.WasDuplicate"/>); or the validation failures, with nothing stored.
    /// </returns>
    ValueTask<RatingResult> SubmitAsync(RatingSubmission submission, CancellationToken cancellationToken = default);
}
