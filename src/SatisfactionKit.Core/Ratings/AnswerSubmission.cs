namespace SatisfactionKit.Ratings;

/// <summary>One answer as submitted: a criterion and the level chosen for it.</summary>
/// <param name="CriterionCode">The criterion's code in the scheme.</param>
/// <param name="LevelCode">The level's code in the scheme.</param>
public sealed record AnswerSubmission(string CriterionCode, string LevelCode);
