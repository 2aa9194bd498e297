using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>A group key and its label.</summary>
internal readonly record struct GroupLabel(string Key, ReportPeriod? Period);

/// <summary>Counts of one group, as read from the database.</summary>
internal sealed record GroupCounts(GroupLabel Label, int Count, int Satisfied, int Distinct, long Sum, string Criterion = "");

/// <summary>Prompt outcomes of one group.</summary>
internal sealed record PromptCounts(GroupLabel Label, int Opened, int Rated, int Expired, int Cancelled, int Refused);

/// <summary>
/// The grouping of a report as an SQL key: codes as they are, time periods as integers computed from the
/// local time (yyyymmdd, yyyymm, yyyy·10 + quarter...), so that every key is a scalar both SQLite and
/// PostgreSQL group by.
/// </summary>
internal abstract class ReportGrouper
{
    public static ReportGrouper For(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.Total => new ReportGrouper<bool>(f => true, _ => new GroupLabel(string.Empty, null)),
        ReportGrouping.Unit => Code(f => f.UnitCode),
        ReportGrouping.Procedure => Code(f => f.ProcedureCode),
        ReportGrouping.Officer => Code(f => f.OfficerId),
        // A counter is (unit, counter): "UBND-Q1/QUAY-01", so two units' "QUAY-01" are two rows; a counter of no known unit is its id alone.
        ReportGrouping.Counter => new ReportGrouper<string?>(
            f => f.CounterId == null ? null : (f.UnitCode ?? string.Empty) + "/" + f.CounterId,
            k => new GroupLabel(k is null ? string.Empty : k.StartsWith('/') ? k[1..] : k, null)),
        ReportGrouping.Channel => new ReportGrouper<RatingChannel>(f => f.Channel, k => new GroupLabel(k.ToString(), null)),
        ReportGrouping.Day => Time(f => (f.Local.Year * 10000) + (f.Local.Month * 100) + f.Local.Day, k => ReportPeriod.Day(Date(k))),
        // The Monday of the local week, as a day number (ReportCalendar: no DayOfWeek, which SQL Server cannot translate).
        ReportGrouping.Week => Time(ReportCalendar.WeekMonday, k => ReportPeriod.Week(ReportCalendar.Date(k))),
        ReportGrouping.Month => Time(f => (f.Local.Year * 100) + f.Local.Month, k => ReportPeriod.Month(k / 100, k % 100)),
        ReportGrouping.Quarter => Time(f => (f.Local.Year * 10) + ((f.Local.Month + 2) / 3), k => ReportPeriod.Quarter(k / 10, k % 10)),
        ReportGrouping.HalfYear => Time(f => (f.Local.Year * 10) + ((f.Local.Month + 5) / 6), k => ReportPeriod.HalfYear(k / 10, k % 10)),
        ReportGrouping.Year => Time(f => f.Local.Year, ReportPeriod.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
    };

    public abstract Task<List<GroupCounts>> RatingsAsync(IQueryable<ReportFact> ratings, CancellationToken cancellationToken);

    public abstract Task<List<GroupCounts>> AnswersAsync(IQueryable<ReportFact> answers, CancellationToken cancellationToken);

    public abstract Task<List<GroupCounts>> CriteriaAsync(IQueryable<ReportFact> answers, CancellationToken cancellationToken);

    public abstract Task<List<PromptCounts>> PromptsAsync(IQueryable<ReportFact> prompts, CancellationToken cancellationToken);

    public abstract Task<List<GroupCounts>> CountAsync(IQueryable<ReportFact> facts, CancellationToken cancellationToken);

    /// <summary>How many facts have each <see cref="ReportFact.Value"/>, per group (Sum = the value).</summary>
    public abstract Task<List<GroupCounts>> DistributionAsync(IQueryable<ReportFact> facts, CancellationToken cancellationToken);

    /// <summary>
    /// Rating roll-up cells per group: their counts added. Distinct is the sum of the cells' dissatisfied ratings
    /// with a dossier, which counts a dossier dissatisfied twice in the group twice: see <see cref="RepeatsAsync"/>.
    /// </summary>
    public abstract Task<List<GroupCounts>> CellRatingsAsync(IQueryable<ReportFact> cells, CancellationToken cancellationToken);

    /// <summary>Answer roll-up cells per group (with <paramref name="byCriterion"/>, per group and criterion): counts, satisfied, value sums.</summary>
    public abstract Task<List<GroupCounts>> CellAnswersAsync(IQueryable<ReportFact> cells, bool byCriterion, CancellationToken cancellationToken);

    /// <summary>
    /// Per group, how many of <paramref name="ratings"/> repeat a dossier code already counted in the group (their
    /// count less their distinct codes): what the cells' additive count has beyond the distinct count of dissatisfied dossiers.
    /// </summary>
    public abstract Task<Dictionary<GroupLabel, int>> RepeatsAsync(IQueryable<ReportFact> ratings, CancellationToken cancellationToken);

    private static ReportGrouper<string?> Code(Expression<Func<ReportFact, string?>> key) => new(key, k => new GroupLabel(k ?? string.Empty, null));

    private static ReportGrouper<int> Time(Expression<Func<ReportFact, int>> key, Func<int, ReportPeriod> period) =>
        new(key, k =>
        {
            var p = period(k);
            return new GroupLabel(p.ToString(), p);
        });

    private static DateOnly Date(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

/// <summary>The queries, for one key type.</summary>
internal sealed class ReportGrouper<TKey>(Expression<Func<ReportFact, TKey>> key, Func<TKey, GroupLabel> label) : ReportGrouper
{
    public override async Task<List<GroupCounts>> RatingsAsync(IQueryable<ReportFact> ratings, CancellationToken cancellationToken)
    {
        var rows = await ratings.GroupBy(key).Select(g => new
        {
            g.Key,
            Count = g.Count(),
            Satisfied = g.Count(f => f.IsSatisfied),
            DissatisfiedDossiers = g.Where(f => !f.IsSatisfied && f.DossierCode != null).Select(f => f.DossierCode).Distinct().Count(),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.Key), r.Count, r.Satisfied, r.DissatisfiedDossiers, 0))];
    }

    public override async Task<List<GroupCounts>> AnswersAsync(IQueryable<ReportFact> answers, CancellationToken cancellationToken)
    {
        var rows = await answers.GroupBy(key).Select(g => new
        {
            g.Key,
            Count = g.Count(),
            Satisfied = g.Count(f => f.IsSatisfied),
            Sum = g.Sum(f => (long)f.Value),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.Key), r.Count, r.Satisfied, 0, r.Sum))];
    }

    public override async Task<List<GroupCounts>> CriteriaAsync(IQueryable<ReportFact> answers, CancellationToken cancellationToken)
    {
        var rows = await answers.GroupBy(ParameterReplacer.Compose(key, (k, f) => new { K = k, f.CriterionCode })).Select(g => new
        {
            g.Key.K,
            g.Key.CriterionCode,
            Count = g.Count(),
            Satisfied = g.Count(f => f.IsSatisfied),
            Sum = g.Sum(f => (long)f.Value),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.K), r.Count, r.Satisfied, 0, r.Sum, r.CriterionCode))];
    }

    public override async Task<List<PromptCounts>> PromptsAsync(IQueryable<ReportFact> prompts, CancellationToken cancellationToken)
    {
        var rows = await prompts.GroupBy(key).Select(g => new
        {
            g.Key,
            Opened = g.Count(),
            Rated = g.Count(f => f.Outcome == PromptState.Rated),
            Expired = g.Count(f => f.Outcome == PromptState.Expired),
            Cancelled = g.Count(f => f.Outcome == PromptState.Cancelled),
            Refused = g.Count(f => f.Outcome == PromptState.Refused),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new PromptCounts(label(r.Key), r.Opened, r.Rated, r.Expired, r.Cancelled, r.Refused))];
    }

    public override async Task<List<GroupCounts>> CountAsync(IQueryable<ReportFact> facts, CancellationToken cancellationToken)
    {
        var rows = await facts.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.Key), r.Count, 0, 0, 0))];
    }

    public override async Task<List<GroupCounts>> CellRatingsAsync(IQueryable<ReportFact> cells, CancellationToken cancellationToken)
    {
        var rows = await cells.GroupBy(key).Select(g => new { g.Key, Count = g.Sum(f => f.Count), Satisfied = g.Sum(f => f.SatisfiedCount), Dissatisfied = g.Sum(f => f.DissatisfiedCount) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.Key), checked((int)r.Count), checked((int)r.Satisfied), checked((int)r.Dissatisfied), 0))];
    }

    public override async Task<List<GroupCounts>> CellAnswersAsync(IQueryable<ReportFact> cells, bool byCriterion, CancellationToken cancellationToken)
    {
        // A constant in the key when not by criterion: a parameter there would not be a plain GROUP BY on every provider.
        var grouped = byCriterion
            ? cells.GroupBy(ParameterReplacer.Compose(key, (k, f) => new { K = k, Criterion = f.CriterionCode }))
            : cells.GroupBy(ParameterReplacer.Compose(key, (k, f) => new { K = k, Criterion = "" }));
        var rows = await grouped.Select(g => new
        {
            g.Key.K,
            g.Key.Criterion,
            Count = g.Sum(f => f.Count),
            Satisfied = g.Sum(f => f.IsSatisfied ? f.Count : 0),
            Sum = g.Sum(f => f.Value * f.Count),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.K), checked((int)r.Count), checked((int)r.Satisfied), 0, r.Sum, r.Criterion))];
    }

    public override async Task<Dictionary<GroupLabel, int>> RepeatsAsync(IQueryable<ReportFact> ratings, CancellationToken cancellationToken)
    {
        var rows = await ratings.GroupBy(key)
            .Select(g => new { g.Key, Count = g.Count(), Distinct = g.Select(f => f.DossierCode).Distinct().Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => label(r.Key), r => r.Count - r.Distinct);
    }

    public override async Task<List<GroupCounts>> DistributionAsync(IQueryable<ReportFact> facts, CancellationToken cancellationToken)
    {
        var rows = await facts.GroupBy(ParameterReplacer.Compose(key, (k, f) => new { K = k, f.Value }))
            .Select(g => new { g.Key.K, g.Key.Value, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new GroupCounts(label(r.K), r.Count, 0, 0, r.Value))];
    }
}
