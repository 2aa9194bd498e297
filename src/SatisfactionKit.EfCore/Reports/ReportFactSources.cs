using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// The report queries' sources as <see cref="ReportFact"/> rows: ratings, their answers, prompts and stray
/// presses, each narrowed by the <see cref="ReportFilter"/> in SQL. Local time is the UTC column plus
/// the zone's constant offset (<c>minutes</c>), inlined into the SQL.
/// </summary>
internal static class ReportFactSources
{
    public static IQueryable<RatingEntity> Ratings(DbContext context, ReportFilter filter)
    {
        var from = filter.From.UtcDateTime;
        var to = filter.To.UtcDateTime;
        var query = context.Set<RatingEntity>().AsNoTracking().Where(r => r.SubmittedAt >= from && r.SubmittedAt < to);
        if (ScopedUnits(filter) is { } list)
        {
            query = query.Where(r => list.Contains(r.UnitCode!));
        }

        if (filter.ProcedureCode is { } procedure)
        {
            query = query.Where(r => r.ProcedureCode == procedure);
        }

        if (filter.OfficerId is { } officer)
        {
            query = query.Where(r => r.OfficerId == officer);
        }

        if (filter.CounterId is { } counter)
        {
            query = query.Where(r => r.CounterId == counter);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(r => r.Channel == channel);
        }

        if (filter.SchemeCode is { } scheme)
        {
            query = query.Where(r => r.SchemeCode == scheme);
        }

        return query;
    }

    public static IQueryable<ReportFact> RatingFacts(DbContext context, ReportFilter filter, double minutes) =>
        Ratings(context, filter).Select(r => new ReportFact
        {
            UnitCode = r.UnitCode,
            ProcedureCode = r.ProcedureCode,
            OfficerId = r.OfficerId,
            CounterId = r.CounterId,
            Channel = r.Channel,
            Local = r.SubmittedAt.AddMinutes(EF.Constant(minutes)),
            IsSatisfied = r.IsSatisfied,
            DossierCode = r.DossierCode,
        });

    /// <summary>
    /// The dissatisfied ratings of the dossier codes that have more than one, narrowed by the filter: the only ones a
    /// distinct count over roll-up cells can count twice. Read from their copies (<see cref="RepeatedDissatisfiedRatingEntity"/>),
    /// a few rows per thousand ratings, not from the ratings table.
    /// </summary>
    public static IQueryable<ReportFact> RepeatedDissatisfiedFacts(DbContext context, ReportFilter filter, double minutes)
    {
        var from = filter.From.UtcDateTime;
        var to = filter.To.UtcDateTime;
        var facts = context.Set<RepeatedDissatisfiedRatingEntity>().AsNoTracking()
            .Where(r => r.SubmittedAt >= from && r.SubmittedAt < to)
            .Select(r => new ReportFact
            {
                UnitCode = r.UnitCode,
                ProcedureCode = r.ProcedureCode,
                OfficerId = r.OfficerId,
                CounterId = r.CounterId,
                Channel = r.Channel,
                SchemeCode = r.SchemeCode,
                Local = r.SubmittedAt.AddMinutes(EF.Constant(minutes)),
                IsSatisfied = false,
                DossierCode = r.DossierCode,
            });
        return Narrow(facts, filter);
    }

    public static IQueryable<ReportFact> AnswerFacts(DbContext context, ReportFilter filter, double minutes, RatingScheme scheme) =>
        ValidAnswers(context, filter, scheme).Select(p => new ReportFact
        {
            UnitCode = p.Rating.UnitCode,
            ProcedureCode = p.Rating.ProcedureCode,
            OfficerId = p.Rating.OfficerId,
            CounterId = p.Rating.CounterId,
            Channel = p.Rating.Channel,
            Local = p.Rating.SubmittedAt.AddMinutes(EF.Constant(minutes)),
            IsSatisfied = p.Answer.IsSatisfied,
            CriterionCode = p.Answer.CriterionCode,
            Value = p.Answer.Value,
        });

    /// <summary>The valid answers of the filter's ratings: on a conditional criterion (SIPAS factor 5) only from a respondent who met the condition.</summary>
    public static IQueryable<RatedAnswer> ValidAnswers(DbContext context, ReportFilter filter, RatingScheme scheme)
    {
        var pairs = Ratings(context, filter).SelectMany(r => r.Answers, (r, a) => new RatedAnswer { Rating = r, Answer = a });
        foreach (var conditional in scheme.Criteria.Where(c => c.ConditionCode is not null).GroupBy(c => c.ConditionCode!))
        {
            var condition = conditional.Key;
            var codes = conditional.Select(c => c.Code).ToList();
            pairs = pairs.Where(p => !codes.Contains(p.Answer.CriterionCode) || p.Rating.Choices.Any(c => c.Kind == RatingChoiceKind.Condition && c.Code == condition));
        }

        return pairs;
    }

    public static IQueryable<ReportFact> PromptFacts(DbContext context, ReportFilter filter, double minutes)
    {
        var from = filter.From.UtcDateTime;
        var to = filter.To.UtcDateTime;
        var query = context.Set<PromptRecordEntity>().AsNoTracking().Where(p => p.OpenedAt >= from && p.OpenedAt < to);
        if (filter.Channel is { } channel && channel != RatingChannel.CounterPad)
        {
            query = query.Where(p => false);
        }

        if (ScopedUnits(filter) is { } list)
        {
            query = query.Where(p => list.Contains(p.UnitCode));
        }

        if (filter.ProcedureCode is { } procedure)
        {
            query = query.Where(p => p.ProcedureCode == procedure);
        }

        if (filter.OfficerId is { } officer)
        {
            query = query.Where(p => p.OfficerId == officer);
        }

        if (filter.CounterId is { } counter)
        {
            query = query.Where(p => p.CounterId == counter);
        }

        if (filter.SchemeCode is { } scheme)
        {
            query = query.Where(p => p.SchemeCode == scheme);
        }

        return query.Select(p => new ReportFact
        {
            UnitCode = p.UnitCode,
            ProcedureCode = p.ProcedureCode,
            OfficerId = p.OfficerId,
            CounterId = p.CounterId,
            Channel = RatingChannel.CounterPad,
            Local = p.OpenedAt.AddMinutes(EF.Constant(minutes)),
            Outcome = p.Outcome,
        });
    }

    /// <summary><paramref name="facts"/> narrowed by each dimension <paramref name="filter"/> names (not by its period, which each source narrows by on its own column).</summary>
    public static IQueryable<ReportFact> Narrow(IQueryable<ReportFact> facts, ReportFilter filter)
    {
        if (ScopedUnits(filter) is { } list)
        {
            facts = facts.Where(f => list.Contains(f.UnitCode!));
        }

        if (filter.ProcedureCode is { } procedure)
        {
            facts = facts.Where(f => f.ProcedureCode == procedure);
        }

        if (filter.OfficerId is { } officer)
        {
            facts = facts.Where(f => f.OfficerId == officer);
        }

        if (filter.CounterId is { } counter)
        {
            facts = facts.Where(f => f.CounterId == counter);
        }

        if (filter.Channel is { } channel)
        {
            facts = facts.Where(f => f.Channel == channel);
        }

        if (filter.SchemeCode is { } scheme)
        {
            facts = facts.Where(f => f.SchemeCode == scheme);
        }

        return facts;
    }

    /// <summary>
    /// The unit codes a query narrows by, or <see langword="null"/> for every unit: the filter's codes when it
    /// names any; with a <see cref="ReportFilter.UnitScope"/> (already narrowed by <see cref="UnitScopes"/>) always, so
    /// that a subtree without units selects nothing rather than everything.
    /// </summary>
    public static List<string>? ScopedUnits(ReportFilter filter) =>
        filter.UnitCodes is { } units && (units.Count > 0 || filter.UnitScope is not null) ? [.. units] : null;

    public static IQueryable<ReportFact> StrayFacts(DbContext context, ReportFilter filter, double minutes)
    {
        var from = filter.From.UtcDateTime;
        var to = filter.To.UtcDateTime;
        var query = context.Set<StrayPressEntity>().AsNoTracking().Where(s => s.PressedAt >= from && s.PressedAt < to);
        if (filter.CounterId is { } counter)
        {
            query = query.Where(s => s.CounterId == counter);
        }

        // A press that named no unit belongs to no unit's report (only to the whole province's).
        if (ScopedUnits(filter) is { } list)
        {
            query = query.Where(s => s.UnitCode != null && list.Contains(s.UnitCode));
        }

        return query.Select(s => new ReportFact { UnitCode = s.UnitCode, CounterId = s.CounterId, Local = s.PressedAt.AddMinutes(EF.Constant(minutes)) });
    }
}
