using SatisfactionKit.Localization;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Ratings;

/// <summary>
/// The answer rules against a scheme, shared by the validator and the prompt coordinator so that a
/// pad press and a web form are judged the same way.
/// </summary>
internal static class RatingRules
{
    internal sealed record Problem(string PropertyName, string ErrorCode, object? AttemptedValue, object?[] Arguments);

    /// <summary>The "already rated" refusal of <paramref name="dossierCode"/>, naming the channel when the rule is per channel.</summary>
    public static FluentValidation.Results.ValidationFailure AlreadyRated(string? dossierCode, RatingChannel channel, RatingUniqueness uniqueness)
    {
        var suffix = uniqueness == RatingUniqueness.PerDossierAndChannel ? Messages.Current(ErrorCodes.AlreadyRatedChannelSuffix, channel) : string.Empty;
        return new FluentValidation.Results.ValidationFailure("Dossier.DossierCode", Messages.Current(ErrorCodes.AlreadyRated, dossierCode, suffix)) { ErrorCode = ErrorCodes.AlreadyRated };
    }

    public static IEnumerable<Problem> CheckAnswers(
        RatingScheme scheme,
        IReadOnlyList<AnswerSubmission> answers,
        IReadOnlyList<string> conditions,
        IReadOnlyList<string> reasons)
    {
        if (answers.Count == 0)
        {
            yield return new Problem("Answers", ErrorCodes.AnswersRequired, null, []);
            yield break;
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            if (!scheme.Conditions.Any(c => c.Code == conditions[i]))
            {
                yield return new Problem($"Conditions[{i}]", ErrorCodes.ConditionUnknown, conditions[i], [conditions[i], scheme.Code]);
            }
        }

        if (answers.Any(a => a?.CriterionCode == RatingScheme.NotStatedCriterionCode))
        {
            // Dissatisfied, criterion not stated: stands in for every criterion, so none is missing.
            var level = answers[0]?.LevelCode is { } code ? scheme.FindLevel(code) : null;
            if (answers.Count != 1 || scheme.FollowUp.Kind != FollowUpKind.DissatisfiedCriteria || level is null || level.IsSatisfied)
            {
                yield return new Problem("Answers", ErrorCodes.NotStatedMisused, RatingScheme.NotStatedCriterionCode, [scheme.Code]);
            }

            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var criterion = answer?.CriterionCode is null ? null : scheme.FindCriterion(answer.CriterionCode);
            if (criterion is null)
            {
                yield return new Problem($"Answers[{i}].CriterionCode", ErrorCodes.CriterionUnknown, answer?.CriterionCode, [answer?.CriterionCode, scheme.Code]);
                continue;
            }

            if (!seen.Add(criterion.Code))
            {
                yield return new Problem($"Answers[{i}].CriterionCode", ErrorCodes.CriterionDuplicated, criterion.Code, [criterion.Code]);
                continue;
            }

            if (answer!.LevelCode is null || scheme.FindLevel(answer.LevelCode) is null)
            {
                yield return new Problem($"Answers[{i}].LevelCode", ErrorCodes.LevelUnknown, answer.LevelCode, [criterion.Code, answer.LevelCode, scheme.Code]);
            }

            if (criterion.Requirement == CriterionRequirement.Conditional && !conditions.Contains(criterion.ConditionCode!, StringComparer.Ordinal))
            {
                var condition = scheme.Conditions.First(c => c.Code == criterion.ConditionCode);
                yield return new Problem($"Answers[{i}].CriterionCode", ErrorCodes.CriterionNotApplicable, criterion.Code, [criterion.Code, condition.Label.Get()]);
            }
        }

        foreach (var criterion in scheme.Criteria)
        {
            var required = criterion.Requirement == CriterionRequirement.Required ||
                           (criterion.Requirement == CriterionRequirement.Conditional && conditions.Contains(criterion.ConditionCode!, StringComparer.Ordinal));
            if (required && !seen.Contains(criterion.Code))
            {
                yield return new Problem("Answers", ErrorCodes.CriterionMissing, null, [criterion.Code, criterion.Label.Get()]);
            }
        }

        if (reasons.Count > 0)
        {
            var triggered = scheme.FollowUp.Kind == FollowUpKind.Reasons && answers
                .Select(a => a?.LevelCode is null ? null : scheme.FindLevel(a.LevelCode))
                .Any(l => l is not null && scheme.FollowUp.IsTriggeredBy(l));
            if (!triggered)
            {
                yield return new Problem("Reasons", ErrorCodes.ReasonsNotApplicable, null, [scheme.Code]);
                yield break;
            }

            for (var i = 0; i < reasons.Count; i++)
            {
                if (!scheme.FollowUp.Reasons.Any(x => x.Code == reasons[i]))
                {
                    yield return new Problem($"Reasons[{i}]", ErrorCodes.ReasonUnknown, reasons[i], [reasons[i], scheme.Code]);
                }
            }
        }
    }
}
