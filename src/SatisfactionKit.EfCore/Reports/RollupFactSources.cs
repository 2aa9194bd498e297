using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Reports;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// The report queries' roll-up sources as <see cref="ReportFact"/> rows (one per cell, weighted by its
/// counts), narrowed by the plan's cube and local period range, then by the filter as the ratings are.
/// An empty dimension is read back as <see langword="null"/>, as the ratings' column would be.
/// </summary>
internal static class RollupFactSources
{
    public static IQueryable<ReportFact> Ratings(DbContext context, ReportFilter filter, RollupPlan plan)
    {
        var cube = plan.Cube.Id;
        var (from, to) = (plan.From, plan.To);
        var facts = context.Set<RatingRollupEntity>().AsNoTracking()
            .Where(c => c.Cube == cube && c.Period >= from && c.Period < to)
            .Select(c => new ReportFact
            {
                UnitCode = c.UnitCode == string.Empty ? null : c.UnitCode,
                ProcedureCode = c.ProcedureCode == string.Empty ? null : c.ProcedureCode,
                OfficerId = c.OfficerId == string.Empty ? null : c.OfficerId,
                CounterId = c.CounterId == string.Empty ? null : c.CounterId,
                Channel = c.Channel,
                SchemeCode = c.SchemeCode,
                Local = c.Period,
                Count = c.Count,
                SatisfiedCount = c.Satisfied,
                DissatisfiedCount = c.DissatisfiedWithDossier,
            });
        return ReportFactSources.Narrow(facts, filter);
    }

    public static IQueryable<ReportFact> Answers(DbContext context, ReportFilter filter, RollupPlan plan, RatingScheme scheme)
    {
        var cube = plan.Cube.Id;
        var (from, to) = (plan.From, plan.To);
        var schemeCode = scheme.Code;
        var cells = context.Set<AnswerRollupEntity>().AsNoTracking()
            .Where(c => c.Cube == cube && c.Period >= from && c.Period < to && c.SchemeCode == schemeCode);
        // A conditional criterion's answers count only from respondents who met the condition (SIPAS factor 5).
        foreach (var conditional in scheme.Criteria.Where(c => c.ConditionCode is not null).GroupBy(c => c.ConditionCode!))
        {
            var marker = "|" + conditional.Key + "|";
            var codes = conditional.Select(c => c.Code).ToList();
            cells = cells.Where(c => !codes.Contains(c.CriterionCode) || c.Conditions.Contains(marker));
        }

        var facts = cells.Select(c => new ReportFact
        {
            UnitCode = c.UnitCode == string.Empty ? null : c.UnitCode,
            ProcedureCode = c.ProcedureCode == string.Empty ? null : c.ProcedureCode,
            OfficerId = c.OfficerId == string.Empty ? null : c.OfficerId,
            CounterId = c.CounterId == string.Empty ? null : c.CounterId,
            Channel = c.Channel,
            Local = c.Period,
            CriterionCode = c.CriterionCode,
            Value = c.Value,
            IsSatisfied = c.IsSatisfied,
            SchemeCode = c.SchemeCode,
            Count = c.Count,
        });
        return ReportFactSources.Narrow(facts, filter);
    }
}
