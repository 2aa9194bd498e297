namespace SatisfactionKit.Ratings;

/// <summary>What <see cref="IRatingStore.AddAsync"/> did.</summary>
/// <param name="Rating">
/// The stored rating: the one given, or the one already stored under its idempotency key; when
/// <see cref="DossierAlreadyRated"/>, the other rating that holds the dossier's place.
/// </param>
/// <param name="WasDuplicate">Whether the idempotency key was already stored, so nothing was written.</param>
public sealed record RatingStoreResult(Rating Rating, bool WasDuplicate)
{
    /// <summary>
    /// Whether the database refused the rating because the dossier already has its rating under the
    /// uniqueness rule (<see cref="RatingUniqueness"/>), written by another writer at the same moment;
    /// nothing was written. The rating service answers it with <c>SK_ALREADY_RATED</c>.
    /// </summary>
    public bool DossierAlreadyRated { get; init; }

    /// <summary>The answer of a store whose database refused the rating because <paramref name="holder"/> already rates its dossier.</summary>
    /// <param name="holder">The rating stored before for the same dossier (and channel).</param>
    public static RatingStoreResult AlreadyRated(Rating holder) => new(holder, WasDuplicate: false) { DossierAlreadyRated = true };
}
