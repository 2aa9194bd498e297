namespace SatisfactionKit.Reports;

/// <summary>The satisfied rate, mean score and Happy Index of one group of ratings.</summary>
/// <param name="Key">The group: a unit, procedure, officer or counter code, a channel name, or a period label such as <c>2026-11</c>; empty for the total.</param>
/// <param name="Period">The period of a time grouping; null otherwise.</param>
/// <param name="Ratings">Ratings in the group.</param>
/// <param name="Satisfied">Ratings marked satisfied (for Hà Nội 2014: satisfied on all 4 criteria).</param>
/// <param name="DissatisfiedDossiers">Distinct dossier codes with at least one dissatisfied rating (the QĐ 766 count).</param>
/// <param name="Answers">Answers (one per criterion answered) in the group.</param>
/// <param name="AnswerValueSum">Sum of the answers' level values.</param>
/// <param name="HappyIndex">Mean of the answers' levels mapped evenly to 0–100 by the scheme's lowest and highest level; null without a scheme in the filter.</param>
public sealed record SatisfactionRow(
    string Key,
    ReportPeriod? Period,
    int Ratings,
    int Satisfied,
    int DissatisfiedDossiers,
    int Answers,
    long AnswerValueSum,
    decimal? HappyIndex)
{
    /// <summary>Ratings not marked satisfied.</summary>
    public int Dissatisfied => Ratings - Satisfied;

    /// <summary>Satisfied ÷ ratings × 100; 0 when there are no ratings.</summary>
    public decimal SatisfiedRate => ReportMath.Percent(Satisfied, Ratings);

    /// <summary>The 95 % Wilson interval of <see cref="SatisfiedRate"/>; null without ratings.</summary>
    public ProportionInterval? SatisfiedRateInterval => ReportMath.Wilson(Satisfied, Ratings);

    /// <summary>
    /// The 95 % interval of <see cref="SatisfiedRate"/> when the ratings were drawn from
    /// <paramref name="population"/> dossiers (e.g. those returned in the period): narrower, by the
    /// finite-population correction.
    /// </summary>
    /// <param name="population">The dossiers the ratings were drawn from.</param>
    public ProportionInterval? SatisfiedRateIntervalWithin(long population) => ReportMath.Wilson(Satisfied, Ratings, population);

    /// <summary>Mean level value of the answers; null when there are none.</summary>
    public decimal? MeanScore => Answers == 0 ? null : (decimal)AnswerValueSum / Answers;
}
