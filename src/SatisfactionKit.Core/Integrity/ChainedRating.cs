using SatisfactionKit.Ratings;

namespace SatisfactionKit.Integrity;

/// <summary>A rating read back with its link, as the verifier walks a chain.</summary>
/// <param name="Rating">The rating as stored now.</param>
/// <param name="Link">Its link as stored now.</param>
public sealed record ChainedRating(Rating Rating, ChainLink Link)
{
    /// <summary>
    /// Whether the columns the store keeps beside the hashed fields, for its reports, agree with what
    /// those fields say (for example a stored "satisfied" flag with the hashed answers). A store that
    /// keeps none leaves it <see langword="true"/>; when <see langword="false"/> the verifier reports the
    /// rating as modified, as a changed hashed field would be, since a report reading the column would
    /// show a figure the chain does not vouch for.
    /// </summary>
    public bool StoredColumnsAgree { get; init; } = true;
}
