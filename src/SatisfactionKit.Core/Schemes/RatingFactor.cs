using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>A group of criteria, such as SIPAS's five factors (<i>yếu tố</i>).</summary>
/// <param name="Code">The factor's code, unique in its scheme.</param>
/// <param name="Name">Its name in Vietnamese and English.</param>
public sealed record RatingFactor(string Code, LocalizedText Name);
