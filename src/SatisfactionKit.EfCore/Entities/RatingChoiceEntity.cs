namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages (SatisfactionKit.EfCore.Sqlite, .PostgreSql), which write these rows
// with their own statements. The columns mirror the documented properties of the Core type the row
// stores, so they carry no comments of their own.
#pragma warning disable CS1591

/// <summary>
/// A condition or follow-up reason of a rating, one row each rather than a delimited column, so that
/// reports can count reasons with a plain <c>GROUP BY</c>.
/// </summary>
/// <remarks>For provider packages and read-only queries; may change between minor versions.</remarks>
public sealed class RatingChoiceEntity
{
    public Guid RatingId { get; set; }

    public RatingChoiceKind Kind { get; set; }

    public int Position { get; set; }

    public string Code { get; set; } = string.Empty;
}
