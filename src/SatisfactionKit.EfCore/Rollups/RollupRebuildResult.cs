namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>What a rebuild of the roll-ups did.</summary>
/// <param name="Ratings">Ratings read.</param>
/// <param name="RatingCells">Rating cells written.</param>
/// <param name="AnswerCells">Answer cells written.</param>
/// <param name="TimeZoneId">The reporting time zone the periods were computed in.</param>
public sealed record RollupRebuildResult(long Ratings, long RatingCells, long AnswerCells, string TimeZoneId);
