namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>Which list of a rating a <see cref="RatingChoiceEntity"/> belongs to.</summary>
public enum RatingChoiceKind
{
    /// <summary>One of <see cref="Ratings.Rating.Conditions"/>.</summary>
    Condition = 1,

    /// <summary>One of <see cref="Ratings.Rating.Reasons"/>.</summary>
    Reason = 2,
}
