namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of one <see cref="Ratings.RatingAnswer"/>, one per criterion answered.</summary>
internal sealed class RatingAnswerEntity
{
    public Guid RatingId { get; set; }

    /// <summary>The answer's place in the scheme's criterion order, so that answers read back in order.</summary>
    public int Position { get; set; }

    public string CriterionCode { get; set; } = string.Empty;

    public string LevelCode { get; set; } = string.Empty;

    public int Value { get; set; }

    public bool IsSatisfied { get; set; }
}
