using System.Globalization;
using Microsoft.Extensions.Options;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Channels.Tt01;

/// <summary>The default <see cref="ITt01AnswerService"/>.</summary>
internal sealed class Tt01AnswerService(
    IDossierStatusSource source,
    IOptionsMonitor<Tt01ScoringOptions> scoring,
    IOptionsMonitor<ReportingOptions> reporting) : ITt01AnswerService
{
    public async ValueTask<Tt01Completion> CompleteAsync(RatingSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!string.Equals(submission.SchemeCode, RatingSchemes.Tt01Code, StringComparison.Ordinal) || submission.Dossier is not { } dossier)
        {
            return new Tt01Completion(submission, []);
        }

        var processing = await source.FindProcessingAsync(dossier.DossierCode, cancellationToken).ConfigureAwait(false);
        if (processing is null)
        {
            return new Tt01Completion(submission, []);
        }

        var points = Tt01Indicators.Score(processing, scoring.CurrentValue, reporting.CurrentValue.TimeZone);
        if (points.Count == 0)
        {
            return new Tt01Completion(submission, []);
        }

        // The scheme's level codes are the points themselves ("0", "1", "2").
        var answers = submission.Answers.Where(a => !points.ContainsKey(a.CriterionCode))
            .Concat(points.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new AnswerSubmission(p.Key, p.Value.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        return new Tt01Completion(submission with { Answers = answers }, [.. points.Keys.Order(StringComparer.Ordinal)]);
    }
}
