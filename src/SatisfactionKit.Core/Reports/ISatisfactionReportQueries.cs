namespace SatisfactionKit.Reports;

/// <summary>
/// Satisfaction figures computed in the database (SQL GROUP BY), for dashboards and the periodic reports.
/// Time groupings and the heat map use <see cref="ReportingOptions.TimeZoneId"/> (Asia/Ho_Chi_Minh by
/// default); a zone whose UTC offset changes inside the filter's range throws <see cref="NotSupportedException"/>.
/// Registered by <c>AddEntityFrameworkStores&lt;TContext&gt;()</c>.
/// </summary>
public interface ISatisfactionReportQueries
{
    /// <summary>Ratings, satisfied rate, mean score and Happy Index per group.</summary>
    ValueTask<IReadOnlyList<SatisfactionRow>> GetSatisfactionAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default);

    /// <summary>Per group and criterion: valid answers, satisfied and dissatisfied counts and shares. Needs <see cref="ReportFilter.SchemeCode"/>.</summary>
    ValueTask<IReadOnlyList<CriterionRow>> GetCriteriaAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default);

    /// <summary>The SIPAS-style index per group (see <see cref="SipasStyleIndex"/>). Needs <see cref="ReportFilter.SchemeCode"/>.</summary>
    ValueTask<IReadOnlyList<SipasStyleRow>> GetSipasStyleIndexAsync(ReportFilter filter, ReportGrouping grouping, SipasStyleOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Prompts opened, rated, expired, cancelled and refused, and stray presses, per group. Channel grouping is not supported (prompts are counter-pad only).</summary>
    ValueTask<IReadOnlyList<ResponseRow>> GetResponseAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default);

    /// <summary>Ratings per local hour of day and weekday, for heat maps; only cells with ratings.</summary>
    ValueTask<IReadOnlyList<HeatMapCell>> GetHourWeekdayMatrixAsync(ReportFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Per dossier code: its ratings and whether any was dissatisfied, for the national portal export; ordered by dossier code.</summary>
    ValueTask<IReadOnlyList<DossierOutcome>> GetDossierOutcomesAsync(ReportFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per group: the ratings' score totals (sum of answer values) and how many fall in each score band, with
    /// the mean total per dossier (TT01/2018 per unit or officer). Needs a <see cref="ReportFilter.SchemeCode"/> with score bands.
    /// </summary>
    ValueTask<IReadOnlyList<ScoreTotalRow>> GetScoreTotalsAsync(ReportFilter filter, ReportGrouping grouping, CancellationToken cancellationToken = default);

    /// <summary>
    /// The valid answers of each rating in the filter, one list per rating (a form, a respondent), for the
    /// bootstrap intervals of composite indices (<see cref="SipasStyleBootstrap"/>). Needs a
    /// <see cref="ReportFilter.SchemeCode"/> (its conditional criteria decide which answers are valid). Reads one row per
    /// answer: meant for a unit's or a province's forms of a period, not for millions of ratings at once.
    /// </summary>
    ValueTask<IReadOnlyList<IReadOnlyList<Ratings.RatingAnswer>>> GetRespondentAnswersAsync(ReportFilter filter, CancellationToken cancellationToken = default);
}
