using SatisfactionKit.Localization;

namespace SatisfactionKit.Schemes;

/// <summary>One question of a scheme (<i>tiêu chí</i>), answered with one of the scheme's levels.</summary>
/// <param name="Code">The criterion's code, unique in its scheme.</param>
/// <param name="Label">The question in Vietnamese and English.</param>
/// <param name="FactorCode">The factor it belongs to, or <see langword="null"/> in a scheme without factors.</param>
/// <param name="Requirement">Whether it must be answered.</param>
/// <param name="ConditionCode">For a <see cref="CriterionRequirement.Conditional"/> criterion, the condition that makes it applicable.</param>
public sealed record RatingCriterion(
    string Code,
    LocalizedText Label,
    string? FactorCode = null,
    CriterionRequirement Requirement = CriterionRequirement.Required,
    string? ConditionCode = null);
