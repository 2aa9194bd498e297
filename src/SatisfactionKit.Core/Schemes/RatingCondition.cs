using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>
/// A yes/no fact about the respondent that makes conditional criteria applicable, such as SIPAS's
/// "has given feedback, a complaint or a petition" (<i>đã góp ý, phản ánh, kiến nghị</i>).
/// </summary>
/// <param name="Code">The condition's code, unique in its scheme.</param>
/// <param name="Label">The question that establishes it, in Vietnamese and English.</param>
public sealed record RatingCondition(string Code, LocalizedText Label);
