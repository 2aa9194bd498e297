using SatisfactionKit.Ratings;

namespace SatisfactionKit.Channels.Tt01;

/// <summary>A TT01 submission with the indicators the dossier data allows filled in.</summary>
/// <param name="Submission">The submission to store: computed answers replace typed ones for the same criteria.</param>
/// <param name="Computed">The criteria computed from dossier data (the rest are as typed in).</param>
public sealed record Tt01Completion(RatingSubmission Submission, IReadOnlyList<string> Computed);
