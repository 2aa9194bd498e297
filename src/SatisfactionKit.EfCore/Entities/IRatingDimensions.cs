using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The columns a <see cref="global::SatisfactionKit.Reports.ReportFilter"/> narrows ratings by, shared by <see cref="RatingEntity"/> and
/// <see cref="RepeatedDissatisfiedRatingEntity"/> (which copies them), so that one filter serves both tables.
/// </summary>
internal interface IRatingDimensions
{
    string SchemeCode { get; }

    string? ProcedureCode { get; }

    string? UnitCode { get; }

    string? OfficerId { get; }

    string? CounterId { get; }

    RatingChannel Channel { get; }

    DateTime SubmittedAt { get; }
}
