namespace SatisfactionKit.Reports;

/// <summary>
/// A monthly, quarterly, six-month or annual satisfaction report, for one unit or a whole province,
/// as built by <see cref="SatisfactionReportBuilder"/>; laid out by <see cref="ReportTables"/> and written by <c>SatisfactionKit.Spreadsheets</c> (Excel, CSV) and <see cref="ReportExport"/> (portal JSON).
/// </summary>
/// <param name="Period">The period reported on.</param>
/// <param name="DueBefore">The date the report must be sent before (<see cref="ReportCalendar"/>).</param>
/// <param name="UnitCode">The unit; null for the whole province.</param>
/// <param name="SchemeCode">The rating scheme the per-criterion figures use; null for the satisfied rate only.</param>
/// <param name="GeneratedAt">When the report was built.</param>
/// <param name="Total">Every rating of the period and scope.</param>
/// <param name="ByUnit">One row per unit.</param>
/// <param name="Trend">The satisfied rate by day (monthly report) or by month (longer periods).</param>
/// <param name="Criteria">Per criterion, over the whole scope; empty without a scheme.</param>
/// <param name="SipasStyle">The SIPAS-style index, for a scheme with factors; null otherwise.</param>
/// <param name="Responses">Counter prompts and stray presses over the whole scope.</param>
/// <param name="HourWeekday">The hour-of-day × weekday matrix.</param>
/// <param name="Quotas">Per unit, the sample against its quota; empty without an <see cref="IDossierStatisticsSource"/>.</param>
/// <param name="Decision766">Per unit, the QĐ 766 rate; empty without an <see cref="IDossierStatisticsSource"/>.</param>
public sealed record SatisfactionReport(
    ReportPeriod Period,
    DateOnly DueBefore,
    string? UnitCode,
    string? SchemeCode,
    DateTimeOffset GeneratedAt,
    SatisfactionRow Total,
    IReadOnlyList<SatisfactionRow> ByUnit,
    IReadOnlyList<SatisfactionRow> Trend,
    IReadOnlyList<CriterionRow> Criteria,
    SipasStyleRow? SipasStyle,
    ResponseRow Responses,
    IReadOnlyList<HeatMapCell> HourWeekday,
    IReadOnlyList<SampleQuotaResult> Quotas,
    IReadOnlyList<Decision766Rate> Decision766)
{
    /// <summary>The first day whose data the report covers: the period's start, or the cut-off day of the month before (<see cref="ReportingOptions.CutOffDay"/>).</summary>
    public DateOnly DataFrom { get; init; } = Period.Start;

    /// <summary>The day after the last day whose data the report covers.</summary>
    public DateOnly DataToExclusive { get; init; } = Period.EndExclusive;

    /// <summary>
    /// One row per administrative procedure (thủ tục), the law's second unit of measure beside the dossier; named through
    /// <see cref="ReportNames.Procedure"/>.
    /// </summary>
    public IReadOnlyList<SatisfactionRow> ByProcedure { get; init; } = [];

    /// <summary>The 95 % bootstrap intervals of <see cref="SipasStyle"/>'s factor and overall indices; null without a SIPAS-style index.</summary>
    public SipasStyleIntervals? SipasStyleIntervals { get; init; }

    /// <summary>
    /// The satisfied rate with each unit weighted by its dossiers (<see cref="PostStratification"/>), beside
    /// <see cref="Total"/>'s plain one; null without the vendor's dossier source.
    /// </summary>
    public WeightedShare? WeightedSatisfiedRate { get; init; }

    /// <summary>The names of the report's units and criteria, shown beside their codes; <see cref="ReportNames.None"/> when unknown.</summary>
    public ReportNames Names { get; init; } = ReportNames.None;
}
