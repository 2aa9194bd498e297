namespace SatisfactionKit.Reports;

/// <summary>The answers on one criterion within one group.</summary>
/// <param name="Key">The group (see <see cref="SatisfactionRow.Key"/>).</param>
/// <param name="Period">The period of a time grouping; null otherwise.</param>
/// <param name="CriterionCode">The criterion.</param>
/// <param name="FactorCode">Its factor, when the scheme has factors.</param>
/// <param name="Answers">Valid answers: answers on ratings that met the criterion's condition, if it has one.</param>
/// <param name="Satisfied">Answers at a satisfied level (SIPAS: levels 4 and 5).</param>
/// <param name="ValueSum">Sum of the answers' level values.</param>
public sealed record CriterionRow(string Key, ReportPeriod? Period, string CriterionCode, string? FactorCode, int Answers, int Satisfied, long ValueSum)
{
    /// <summary>Answers at a dissatisfied level.</summary>
    public int Dissatisfied => Answers - Satisfied;

    /// <summary>Satisfied answers ÷ valid answers × 100 (the SIPAS-style criterion share).</summary>
    public decimal SatisfiedShare => ReportMath.Percent(Satisfied, Answers);

    /// <summary>The 95 % Wilson interval of <see cref="SatisfiedShare"/>; null without answers.</summary>
    public ProportionInterval? SatisfiedShareInterval => ReportMath.Wilson(Satisfied, Answers);

    /// <summary>Dissatisfied answers ÷ valid answers × 100.</summary>
    public decimal DissatisfiedShare => ReportMath.Percent(Dissatisfied, Answers);

    /// <summary>Mean level value; null without answers.</summary>
    public decimal? MeanValue => Answers == 0 ? null : (decimal)ValueSum / Answers;
}
