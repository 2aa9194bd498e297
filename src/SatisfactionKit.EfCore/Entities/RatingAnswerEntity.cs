namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages (SatisfactionKit.EfCore.Sqlite, .PostgreSql), which write these rows
// with their own statements. The columns mirror the documented properties of the Core type the row
// stores, so they carry no comments of their own.
#pragma warning disable CS1591

/// <summary>The row of one <see cref="Ratings.RatingAnswer"/>, one per criterion answered.</summary>
/// <remarks>For provider packages and read-only queries; may change between minor versions.</remarks>
public sealed class RatingAnswerEntity
{
    public Guid RatingId { get; set; }

    /// <summary>The answer's place in the scheme's criterion order, so that answers read back in order.</summary>
    public int Position { get; set; }

    public string CriterionCode { get; set; } = string.Empty;

    public string LevelCode { get; set; } = string.Empty;

    public int Value { get; set; }

    public bool IsSatisfied { get; set; }
}
