namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// A condition or follow-up reason of a rating, one row each rather than a delimited column, so that
/// reports can count reasons with a plain <c>GROUP BY</c>.
/// </summary>
internal sealed class RatingChoiceEntity
{
    public Guid RatingId { get; set; }

    public RatingChoiceKind Kind { get; set; }

    public int Position { get; set; }

    public string Code { get; set; } = string.Empty;
}
