using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>The answers of each form, for the bootstrap of composite indices.</summary>
internal sealed partial class EntityFrameworkSatisfactionReportQueries<TContext>
{
    public async ValueTask<IReadOnlyList<IReadOnlyList<RatingAnswer>>> GetRespondentAnswersAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Validate();
        var scheme = await RequireSchemeAsync(filter, cancellationToken).ConfigureAwait(false);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            // One narrow row per answer, ordered by rating, folded into forms as it streams.
            var rows = ReportFactSources.ValidAnswers(context, filter, scheme)
                .Select(p => new { p.Answer.RatingId, p.Answer.CriterionCode, p.Answer.LevelCode, p.Answer.Value, p.Answer.IsSatisfied })
                .OrderBy(a => a.RatingId)
                .AsAsyncEnumerable();
            var forms = new List<IReadOnlyList<RatingAnswer>>();
            List<RatingAnswer>? form = null;
            Guid current = default;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (form is null || row.RatingId != current)
                {
                    form = [];
                    forms.Add(form);
                    current = row.RatingId;
                }

                form.Add(new RatingAnswer(row.CriterionCode, row.LevelCode, row.Value, row.IsSatisfied));
            }

            return forms;
        }
    }
}
