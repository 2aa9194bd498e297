using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// <see cref="ISatisfactionReportQueries"/> over the vendor's <typeparamref name="TContext"/>: every count
/// is an SQL GROUP BY (the same LINQ on SQLite and PostgreSQL); only the ratios are computed here. Local
/// time is the UTC column plus the zone's constant offset, inlined into the SQL.
/// </summary>
internal sealed partial class EntityFrameworkSatisfactionReportQueries<TContext> : ISatisfactionReportQueries
    where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IRatingSchemeProvider _schemes;
    private readonly IOptions<ReportingOptions> _options;
    private readonly IUnitRegistry _units;
    private readonly IRatingRollups _rollups;

    public EntityFrameworkSatisfactionReportQueries(IServiceScopeFactory scopes, IRatingSchemeProvider schemes, IOptions<ReportingOptions> options, IUnitRegistry units, IRatingRollups rollups)
    {
        _rollups = rollups;
        _scopes = scopes;
        _schemes = schemes;
        _options = options;
        _units = units;
    }

    public async ValueTask<IReadOnlyList<SatisfactionRow>> GetSatisfactionAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default)
    {
        filter = await UnitScopes.NarrowAsync(filter, _units, cancellationToken).ConfigureAwait(false);
        var minutes = OffsetMinutes(filter);
        var scheme = filter.SchemeCode is null ? null : await RequireSchemeAsync(filter, cancellationToken).ConfigureAwait(false);
        var grouper = ReportGrouper.For(grouping);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            var plan = await PlanAsync(filter, grouping, minutes, answers: scheme is not null, cancellationToken).ConfigureAwait(false);
            List<GroupCounts> ratings, answers;
            if (plan is null)
            {
                ratings = await grouper.RatingsAsync(ReportFactSources.RatingFacts(context, filter, minutes), cancellationToken).ConfigureAwait(false);
                answers = scheme is null ? [] : await grouper.AnswersAsync(ReportFactSources.AnswerFacts(context, filter, minutes, scheme), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // The cells add up dissatisfied ratings with a dossier; a dossier dissatisfied twice in a group (on two
                // channels) is taken off once, from the few ratings of codes with more than one.
                var repeats = await grouper.RepeatsAsync(ReportFactSources.RepeatedDissatisfiedFacts(context, filter, minutes), cancellationToken).ConfigureAwait(false);
                ratings = [.. (await grouper.CellRatingsAsync(RollupFactSources.Ratings(context, filter, plan), cancellationToken).ConfigureAwait(false))
                    .Select(r => r with { Distinct = r.Distinct - repeats.GetValueOrDefault(r.Label) })];
                answers = scheme is null ? [] : await grouper.CellAnswersAsync(RollupFactSources.Answers(context, filter, plan, scheme), byCriterion: false, cancellationToken).ConfigureAwait(false);
            }

            var byKey = answers.ToDictionary(a => a.Label);
            return [.. ratings.OrderBy(r => r.Label.Period?.Start).ThenBy(r => r.Label.Key, StringComparer.Ordinal).Select(r =>
            {
                var a = byKey.GetValueOrDefault(r.Label);
                var count = a?.Count ?? 0;
                var sum = a?.Sum ?? 0;
                decimal? happy = scheme is null || count == 0
                    ? null
                    : ReportMath.HappyIndex((decimal)sum / count, scheme.Levels.Min(l => l.Value), scheme.Levels.Max(l => l.Value));
                return new SatisfactionRow(r.Label.Key, r.Label.Period, r.Count, r.Satisfied, r.Distinct, count, sum, happy);
            })];
        }
    }

    public async ValueTask<IReadOnlyList<CriterionRow>> GetCriteriaAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default)
    {
        filter = await UnitScopes.NarrowAsync(filter, _units, cancellationToken).ConfigureAwait(false);
        var minutes = OffsetMinutes(filter);
        var scheme = await RequireSchemeAsync(filter, cancellationToken).ConfigureAwait(false);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            var plan = await PlanAsync(filter, grouping, minutes, answers: true, cancellationToken).ConfigureAwait(false);
            var rows = plan is null
                ? await ReportGrouper.For(grouping).CriteriaAsync(ReportFactSources.AnswerFacts(context, filter, minutes, scheme), cancellationToken).ConfigureAwait(false)
                : await ReportGrouper.For(grouping).CellAnswersAsync(RollupFactSources.Answers(context, filter, plan, scheme), byCriterion: true, cancellationToken).ConfigureAwait(false);
            var order = scheme.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
            return [.. rows
                .OrderBy(r => r.Label.Period?.Start).ThenBy(r => r.Label.Key, StringComparer.Ordinal)
                .ThenBy(r => order.GetValueOrDefault(r.Criterion, int.MaxValue))
                .Select(r => new CriterionRow(r.Label.Key, r.Label.Period, r.Criterion, scheme.FindCriterion(r.Criterion)?.FactorCode, r.Count, r.Satisfied, r.Sum))];
        }
    }

    public async ValueTask<IReadOnlyList<SipasStyleRow>> GetSipasStyleIndexAsync(ReportFilter filter, ReportGrouping grouping, SipasStyleOptions? options = null, CancellationToken cancellationToken = default)
    {
        var scheme = await RequireSchemeAsync(filter, cancellationToken).ConfigureAwait(false);
        var criteria = await GetCriteriaAsync(filter, grouping, cancellationToken).ConfigureAwait(false);
        return SipasStyleIndex.Compute(scheme, criteria, options);
    }

    public async ValueTask<IReadOnlyList<ResponseRow>> GetResponseAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default)
    {
        if (grouping == ReportGrouping.Channel)
        {
            throw new NotSupportedException("Lời mời đánh giá chỉ có ở quầy, không nhóm theo kênh được. / Prompts exist only at the counter and cannot be grouped by channel.");
        }

        filter = await UnitScopes.NarrowAsync(filter, _units, cancellationToken).ConfigureAwait(false);
        var minutes = OffsetMinutes(filter);
        var grouper = ReportGrouper.For(grouping);
        // Stray presses carry a unit, a counter and a time: they belong to a group only when nothing else narrows it.
        var strayAttributable = grouping is not (ReportGrouping.Procedure or ReportGrouping.Officer)
            && filter.ProcedureCode is null && filter.OfficerId is null && filter.SchemeCode is null
            && filter.Channel is null or RatingChannel.CounterPad;
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            var prompts = await grouper.PromptsAsync(ReportFactSources.PromptFacts(context, filter, minutes), cancellationToken).ConfigureAwait(false);
            var strays = strayAttributable
                ? (await grouper.CountAsync(ReportFactSources.StrayFacts(context, filter, minutes), cancellationToken).ConfigureAwait(false))
                    .Where(s => grouping != ReportGrouping.Unit || s.Label.Key.Length > 0)   // a press of no known unit has no unit's row
                    .ToDictionary(s => s.Label, s => s.Count)
                : [];
            var labels = prompts.Select(p => p.Label).Union(strays.Keys).OrderBy(l => l.Period?.Start).ThenBy(l => l.Key, StringComparer.Ordinal);
            var byLabel = prompts.ToDictionary(p => p.Label);
            return [.. labels.Select(l =>
            {
                var p = byLabel.GetValueOrDefault(l) ?? new PromptCounts(l, 0, 0, 0, 0, 0);
                return new ResponseRow(l.Key, l.Period, p.Opened, p.Rated, p.Expired, p.Cancelled, p.Refused, strayAttributable ? strays.GetValueOrDefault(l) : null);
            })];
        }
    }

    public async ValueTask<IReadOnlyList<HeatMapCell>> GetHourWeekdayMatrixAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        filter = await UnitScopes.NarrowAsync(filter, _units, cancellationToken).ConfigureAwait(false);
        var minutes = OffsetMinutes(filter);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            var plan = await PlanAsync(filter, grouping: null, minutes, answers: false, cancellationToken).ConfigureAwait(false);
            // One fact per rating, or one per roll-up cell weighted by its counts.
            var facts = plan is null
                ? ReportFactSources.RatingFacts(context, filter, minutes).Select(f => new ReportFact { Local = f.Local, Count = 1, SatisfiedCount = f.IsSatisfied ? 1 : 0 })
                : RollupFactSources.Ratings(context, filter, plan);
            var rows = await facts
                .GroupBy(ReportCalendar.WithDayNumber((n, f) => new { Weekday = (n + 3) % 7, f.Local.Hour }))
                .Select(g => new { g.Key.Weekday, g.Key.Hour, Count = (int)g.Sum(f => f.Count), Satisfied = (int)g.Sum(f => f.SatisfiedCount) })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => (r.Weekday + 6) % 7).ThenBy(r => r.Hour).Select(r => new HeatMapCell((DayOfWeek)r.Weekday, r.Hour, r.Count, r.Satisfied))];
        }
    }

    public async ValueTask<IReadOnlyList<ScoreTotalRow>> GetScoreTotalsAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default)
    {
        filter = await UnitScopes.NarrowAsync(filter, _units, cancellationToken).ConfigureAwait(false);
        var minutes = OffsetMinutes(filter);
        var scheme = await RequireSchemeAsync(filter, cancellationToken).ConfigureAwait(false);
        var bands = scheme.ScoreBands ?? throw new ArgumentException(
            $"Bộ tiêu chí {scheme} không có thang xếp loại điểm. / Scheme {scheme} has no score bands.", nameof(filter));
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            // Each rating's total as a correlated SUM, then GROUP BY (group, total): the distribution of totals,
            // from which the bands and the mean are exact.
            var totals = ReportFactSources.Ratings(context, filter).Select(r => new ReportFact
            {
                UnitCode = r.UnitCode,
                ProcedureCode = r.ProcedureCode,
                OfficerId = r.OfficerId,
                CounterId = r.CounterId,
                Channel = r.Channel,
                Local = r.SubmittedAt.AddMinutes(EF.Constant(minutes)),
                Value = r.Answers.Sum(a => a.Value),
            });
            var rows = await ReportGrouper.For(grouping).DistributionAsync(totals, cancellationToken).ConfigureAwait(false);
            return [.. rows
                .GroupBy(r => r.Label)
                .OrderBy(g => g.Key.Period?.Start).ThenBy(g => g.Key.Key, StringComparer.Ordinal)
                .Select(g => new ScoreTotalRow(
                    g.Key.Key,
                    g.Key.Period,
                    g.Sum(r => r.Count),
                    g.Sum(r => r.Sum * r.Count),
                    [.. bands.Bands.Select(b => new ScoreBandCount(b.Code, g.Where(r => bands.Classify(r.Sum)?.Code == b.Code).Sum(r => r.Count)))]))];
        }
    }

    public async ValueTask<IReadOnlyList<DossierOutcome>> GetDossierOutcomesAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Validate();
        filter = await UnitScopes.NarrowAsync(filter, _units, cancellationToken).ConfigureAwait(false);
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            var rows = await ReportFactSources.Ratings(context, filter)
                .Where(r => r.DossierCode != null)
                .GroupBy(r => new { r.DossierCode, r.UnitCode })
                .Select(g => new { g.Key.DossierCode, g.Key.UnitCode, Count = g.Count(), Dissatisfied = g.Count(r => !r.IsSatisfied), Last = g.Max(r => r.SubmittedAt) })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows
                .OrderBy(r => r.DossierCode, StringComparer.Ordinal)
                .Select(r => new DossierOutcome(r.DossierCode!, r.UnitCode, r.Count, r.Dissatisfied, new DateTimeOffset(DateTime.SpecifyKind(r.Last, DateTimeKind.Utc))))];
        }
    }

    /// <summary>The roll-up cube that answers the report, or null to read the ratings (no cube fits, or the roll-ups are not built).</summary>
    private async ValueTask<RollupPlan?> PlanAsync(ReportFilter filter, ReportGrouping? grouping, double minutes, bool answers, CancellationToken cancellationToken) =>
        RollupPlan.For(filter, grouping, minutes, answers) is { } plan && await _rollups.IsBuiltAsync(cancellationToken).ConfigureAwait(false) ? plan : null;

    private double OffsetMinutes(ReportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Validate();
        return ReportTimeZone.ConstantOffset(_options.Value.TimeZone, filter.From, filter.To).TotalMinutes;
    }

    private async ValueTask<RatingScheme> RequireSchemeAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        if (filter.SchemeCode is null)
        {
            throw new ArgumentException("Báo cáo theo tiêu chí cần mã bộ tiêu chí (SchemeCode) trong bộ lọc. / A per-criterion report needs the filter's SchemeCode.", nameof(filter));
        }

        return await _schemes.FindAsync(filter.SchemeCode, cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"Không tìm thấy bộ tiêu chí '{filter.SchemeCode}'. / Rating scheme '{filter.SchemeCode}' was not found.", nameof(filter));
    }
}
