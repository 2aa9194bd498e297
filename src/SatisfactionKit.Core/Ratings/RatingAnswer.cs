namespace SatisfactionKit.Ratings;

/// <summary>
/// One stored answer. The level's value and whether it counts as satisfied are copied from the
/// scheme version at submission, so that reports need no scheme at hand and never change when a
/// later scheme version does.
/// </summary>
/// <param name="CriterionCode">The criterion's code.</param>
/// <param name="LevelCode">The level's code.</param>
/// <param name="Value">The level's numeric value.</param>
/// <param name="IsSatisfied">Whether the level counts as satisfied.</param>
public sealed record RatingAnswer(string CriterionCode, string LevelCode, int Value, bool IsSatisfied);
