namespace SatisfactionKit.Ratings;

/// <summary>
/// The unit and officer a citizen chose to rate without a dossier code (channel
/// <see cref="RatingChannel.OnlineByOfficer"/>, Đà Nẵng's second path).
/// </summary>
/// <param name="UnitCode">The agency or unit.</param>
/// <param name="OfficerId">The officer chosen in that unit.</param>
public sealed record OfficerReference(string UnitCode, string OfficerId);
