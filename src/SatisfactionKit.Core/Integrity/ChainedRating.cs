using SatisfactionKit.Ratings;

namespace SatisfactionKit.Integrity;

/// <summary>A rating read back with its link, as the verifier walks a chain.</summary>
/// <param name="Rating">The rating as stored now.</param>
/// <param name="Link">Its link as stored now.</param>
public sealed record ChainedRating(Rating Rating, ChainLink Link);
