using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>One answer level of a scheme, such as <c>5 — Rất hài lòng</c>.</summary>
/// <param name="Code">The level's code, unique in its scheme and stored with every answer.</param>
/// <param name="Value">Its numeric value, used for ordering, means and score totals.</param>
/// <param name="Label">Its label in Vietnamese and English.</param>
/// <param name="IsSatisfied">Whether an answer at this level counts as satisfied in satisfied rates.</param>
public sealed record RatingLevel(string Code, int Value, LocalizedText Label, bool IsSatisfied);
