using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// <see cref="IUnitReportQueries"/> over the vendor's <typeparamref name="TContext"/>: GROUP BY queries per
/// recorded unit code (ratings, answers, the distinct dissatisfied dossiers per code, score totals), whatever the number
/// of units; the hierarchy is read once and each code's row found in memory, then the counts are added up.
/// </summary>
internal sealed class EntityFrameworkUnitReportQueries<TContext>(
    IServiceScopeFactory scopes, IRatingSchemeProvider schemes, IOptions<ReportingOptions> options, IUnitRegistry units) : IUnitReportQueries
    where TContext : DbContext
{
    public async ValueTask<UnitRollupReport> GetSatisfactionAsync(ReportFilter filter, UnitRollup rollup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        (filter, var minutes, var scheme, var hierarchy) = await PrepareAsync(filter, cancellationToken).ConfigureAwait(false);

        List<GroupCounts> ratings;
        List<GroupCounts> answers;
        List<(string Unit, string Dossier)> dissatisfied;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            var grouper = ReportGrouper.For(ReportGrouping.Unit);
            ratings = await grouper.RatingsAsync(ReportFactSources.RatingFacts(context, filter, minutes), cancellationToken).ConfigureAwait(false);
            answers = scheme is null ? [] : await grouper.AnswersAsync(ReportFactSources.AnswerFacts(context, filter, minutes, scheme), cancellationToken).ConfigureAwait(false);
            var pairs = await ReportFactSources.Ratings(context, filter)
                .Where(r => !r.IsSatisfied && r.DossierCode != null)
                .Select(r => new { r.UnitCode, r.DossierCode })
                .Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            dissatisfied = [.. pairs.Select(p => (p.UnitCode ?? string.Empty, p.DossierCode!))];
        }

        var rows = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        Accumulator RowOf(string code)
        {
            var placed = hierarchy.Place(code, rollup);
            var key = placed?.Code ?? string.Empty;
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = new Accumulator(placed);
            }

            row.Codes.Add(code);
            return row;
        }

        foreach (var r in ratings)
        {
            var row = RowOf(r.Label.Key);
            row.Ratings += r.Count;
            row.Satisfied += r.Satisfied;
        }

        foreach (var a in answers)
        {
            var row = RowOf(a.Label.Key);
            row.Answers += a.Count;
            row.Sum += a.Sum;
        }

        foreach (var (unit, dossier) in dissatisfied)
        {
            RowOf(unit).Dossiers.Add(dossier);
        }

        return new UnitRollupReport(rollup, [.. rows
            .OrderBy(r => r.Key.Length == 0).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.Value.ToRow(r.Key, scheme))]);
    }

    public async ValueTask<IReadOnlyList<UnitCriterionRow>> GetCriteriaAsync(ReportFilter filter, UnitRollup rollup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(rollup);
        if (filter.SchemeCode is null)
        {
            throw new ArgumentException("Báo cáo theo tiêu chí cần mã bộ tiêu chí. / A per-criterion report needs a scheme code.", nameof(filter));
        }

        (filter, var minutes, var found, var hierarchy) = await PrepareAsync(filter, cancellationToken).ConfigureAwait(false);
        var scheme = found!;

        List<GroupCounts> counts;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            counts = await ReportGrouper.For(ReportGrouping.Unit).CriteriaAsync(ReportFactSources.AnswerFacts(context, filter, minutes, scheme), cancellationToken).ConfigureAwait(false);
        }

        // Each recorded code's counts go to the row of the unit it is placed in, criterion by criterion.
        var rows = new Dictionary<string, (UnitVersion? Unit, SortedSet<string> Codes, Dictionary<string, (int Answers, int Satisfied, long Sum)> Criteria)>(StringComparer.Ordinal);
        foreach (var c in counts)
        {
            var placed = hierarchy.Place(c.Label.Key, rollup);
            var key = placed?.Code ?? string.Empty;
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = (placed, new SortedSet<string>(StringComparer.Ordinal), new Dictionary<string, (int, int, long)>(StringComparer.Ordinal));
            }

            row.Codes.Add(c.Label.Key);
            var sum = row.Criteria.GetValueOrDefault(c.Criterion);
            row.Criteria[c.Criterion] = (sum.Answers + c.Count, sum.Satisfied + c.Satisfied, sum.Sum + c.Sum);
        }

        var order = scheme.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. rows
            .OrderBy(r => r.Key.Length == 0).ThenBy(r => r.Key, StringComparer.Ordinal)
            .SelectMany(r => r.Value.Criteria
                .OrderBy(c => order.GetValueOrDefault(c.Key, int.MaxValue))
                .Select(c => new UnitCriterionRow(
                    r.Value.Unit,
                    new CriterionRow(r.Key, null, c.Key, scheme.FindCriterion(c.Key)?.FactorCode, c.Value.Answers, c.Value.Satisfied, c.Value.Sum),
                    [.. r.Value.Codes])))];
    }

    public async ValueTask<IReadOnlyList<UnitScoreTotalRow>> GetScoreTotalsAsync(ReportFilter filter, UnitRollup rollup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(rollup);
        if (filter.SchemeCode is null)
        {
            throw new ArgumentException("Báo cáo tổng điểm cần mã bộ tiêu chí. / A score-total report needs a scheme code.", nameof(filter));
        }

        (filter, _, var found, var hierarchy) = await PrepareAsync(filter, cancellationToken).ConfigureAwait(false);
        var bands = found!.ScoreBands ?? throw new ArgumentException(
            $"Bộ tiêu chí {found} không có thang xếp loại điểm. / Scheme {found} has no score bands.", nameof(filter));

        List<GroupCounts> distribution;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = scope.ServiceProvider.GetReportContext<TContext>();
            // Each rating's total as a correlated SUM, then GROUP BY (recorded code, total): exact bands and means.
            var totals = ReportFactSources.Ratings(context, filter).Select(r => new ReportFact
            {
                UnitCode = r.UnitCode,
                Value = r.Answers.Sum(a => a.Value),
            });
            distribution = await ReportGrouper.For(ReportGrouping.Unit).DistributionAsync(totals, cancellationToken).ConfigureAwait(false);
        }

        // Each recorded code's (total, dossiers) pairs go to the row of the unit it is placed in.
        var rows = new Dictionary<string, (UnitVersion? Unit, SortedSet<string> Codes, List<GroupCounts> Totals)>(StringComparer.Ordinal);
        foreach (var d in distribution)
        {
            var placed = hierarchy.Place(d.Label.Key, rollup);
            var key = placed?.Code ?? string.Empty;
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = (placed, new SortedSet<string>(StringComparer.Ordinal), []);
            }

            row.Codes.Add(d.Label.Key);
            row.Totals.Add(d);
        }

        return [.. rows
            .OrderBy(r => r.Key.Length == 0).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new UnitScoreTotalRow(
                r.Value.Unit,
                new ScoreTotalRow(
                    r.Key,
                    null,
                    r.Value.Totals.Sum(t => t.Count),
                    r.Value.Totals.Sum(t => t.Sum * t.Count),
                    [.. bands.Bands.Select(b => new ScoreBandCount(b.Code, r.Value.Totals.Where(t => bands.Classify(t.Sum)?.Code == b.Code).Sum(t => t.Count)))]),
                [.. r.Value.Codes]))];
    }

    /// <summary>
    /// What every roll-up starts from: the filter checked and narrowed to its unit scope, the reporting time zone's
    /// offset, the filter's scheme (null without one; refused when unknown) and the hierarchy, read once.
    /// </summary>
    private async ValueTask<(ReportFilter Filter, double Minutes, RatingScheme? Scheme, UnitHierarchy Hierarchy)> PrepareAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        filter.Validate();
        var minutes = ReportTimeZone.ConstantOffset(options.Value.TimeZone, filter.From, filter.To).TotalMinutes;
        var scheme = filter.SchemeCode is null
            ? null
            : await schemes.FindAsync(filter.SchemeCode, cancellationToken: cancellationToken).ConfigureAwait(false)
              ?? throw new ArgumentException($"Không tìm thấy bộ tiêu chí '{filter.SchemeCode}'. / Rating scheme '{filter.SchemeCode}' was not found.", nameof(filter));
        var hierarchy = await units.GetHierarchyAsync(cancellationToken).ConfigureAwait(false);
        return (UnitScopes.Narrow(filter, hierarchy), minutes, scheme, hierarchy);
    }

    /// <summary>The counts of one row, added up over its recorded codes.</summary>
    private sealed class Accumulator(UnitVersion? unit)
    {
        public SortedSet<string> Codes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Dossiers { get; } = new(StringComparer.Ordinal);

        public int Ratings { get; set; }

        public int Satisfied { get; set; }

        public int Answers { get; set; }

        public long Sum { get; set; }

        public UnitSatisfactionRow ToRow(string key, RatingScheme? scheme)
        {
            decimal? happy = scheme is null || Answers == 0
                ? null
                : ReportMath.HappyIndex((decimal)Sum / Answers, scheme.Levels.Min(l => l.Value), scheme.Levels.Max(l => l.Value));
            return new UnitSatisfactionRow(unit, new SatisfactionRow(key, null, Ratings, Satisfied, Dossiers.Count, Answers, Sum, happy), [.. Codes]);
        }
    }
}
