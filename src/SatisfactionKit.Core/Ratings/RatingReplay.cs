namespace SatisfactionKit.Ratings;

/// <summary>
/// Whether a submission that arrives under an idempotency key already stored is a true retry of the
/// stored rating: the same subject (dossier, survey or officer), channel, scheme, answers, choices and
/// comment. A retry is answered with the first rating; anything else under the same key is refused, so
/// that a key never hands out another rating's id or outcome.
/// </summary>
internal static class RatingReplay
{
    public static bool IsRetryOf(RatingSubmission submission, Rating stored)
    {
        if (!string.Equals(submission.Dossier?.DossierCode, stored.Dossier?.DossierCode, StringComparison.Ordinal) ||
            !string.Equals(submission.SurveyId, stored.SurveyId, StringComparison.Ordinal) ||
            !string.Equals(submission.Officer?.OfficerId, stored.Officer?.OfficerId, StringComparison.Ordinal) ||
            submission.Channel != stored.Channel ||
            (submission.SchemeCode is { } scheme && !string.Equals(scheme, stored.SchemeCode, StringComparison.Ordinal)) ||
            !string.Equals(Text(submission.Comment), Text(stored.Comment), StringComparison.Ordinal))
        {
            return false;
        }

        var answers = (submission.Answers ?? []).Select(a => (a.CriterionCode, a.LevelCode)).Order();
        return answers.SequenceEqual(stored.Answers.Select(a => (a.CriterionCode, a.LevelCode)).Order()) &&
            Same(submission.Reasons, stored.Reasons) &&
            Same(submission.Conditions, stored.Conditions);
    }

    private static bool Same(IReadOnlyList<string>? given, IReadOnlyList<string> stored) =>
        (given ?? []).Order(StringComparer.Ordinal).SequenceEqual(stored.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Text(string? comment) => string.IsNullOrWhiteSpace(comment) ? string.Empty : comment.Trim();
}
