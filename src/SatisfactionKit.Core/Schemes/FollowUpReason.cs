using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>A reason a dissatisfied respondent can choose, such as "waited too long".</summary>
/// <param name="Code">The reason's code, unique in its scheme.</param>
/// <param name="Label">Its label in Vietnamese and English.</param>
public sealed record FollowUpReason(string Code, LocalizedText Label);
