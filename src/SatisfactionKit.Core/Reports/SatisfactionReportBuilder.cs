using Microsoft.Extensions.Options;
using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>
/// Builds the periodic reports from <see cref="ISatisfactionReportQueries"/>: the period is cut at local
/// midnights of <see cref="ReportingOptions.TimeZoneId"/>, the due date comes from <see cref="ReportCalendar"/>,
/// and the quotas and QĐ 766 rates from the vendor's <see cref="IDossierStatisticsSource"/> when one is registered.
/// Registered by <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> next to the queries.
/// </summary>
public sealed class SatisfactionReportBuilder
{
    private readonly ISatisfactionReportQueries _queries;
    private readonly ReportCalendar _calendar;
    private readonly IRatingSchemeProvider _schemes;
    private readonly IDossierStatisticsSource? _dossiers;
    private readonly ReportingOptions _options;
    private readonly TimeProvider _time;
    private readonly IUnitRegistry? _units;
    private readonly IReportNameSource? _names;

    /// <summary>
    /// Creates the builder; <paramref name="dossierSources"/> holds the vendor's source, if any (the first is used).
    /// Unit names come from <paramref name="units"/> when a unit source is registered (<paramref name="unitSources"/>
    /// not empty), decided once here; procedure and officer names from the vendor's <paramref name="nameSources"/>, if any.
    /// </summary>
    public SatisfactionReportBuilder(
        ISatisfactionReportQueries queries,
        ReportCalendar calendar,
        IRatingSchemeProvider schemes,
        IEnumerable<IDossierStatisticsSource> dossierSources,
        IOptions<ReportingOptions> options,
        TimeProvider time,
        IUnitRegistry units,
        IEnumerable<IUnitSource> unitSources,
        IEnumerable<IReportNameSource> nameSources)
    {
        ArgumentNullException.ThrowIfNull(nameSources);
        ArgumentNullException.ThrowIfNull(dossierSources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(unitSources);
        _queries = queries;
        _calendar = calendar;
        _schemes = schemes;
        _dossiers = dossierSources.FirstOrDefault();
        _options = options.Value;
        _time = time;
        _units = unitSources.Any() ? units : null;
        _names = nameSources.FirstOrDefault();
    }

    /// <summary>
    /// The names of <paramref name="unitCodes"/> on <paramref name="asOf"/> (from the unit registry, when a unit source is
    /// registered), of <paramref name="schemeCode"/>'s criteria, and of <paramref name="officerIds"/> (from the vendor's
    /// <see cref="IReportNameSource"/>, asked once), for exports and per-officer tables
    /// (<see cref="ReportGrouping.Officer"/>) that show names beside codes.
    /// </summary>
    public async Task<ReportNames> NamesAsync(IEnumerable<string?> unitCodes, DateOnly asOf, string? schemeCode = null, IEnumerable<string?>? officerIds = null, CancellationToken cancellationToken = default)
    {
        var scheme = schemeCode is null ? null : await _schemes.FindAsync(schemeCode, cancellationToken: cancellationToken).ConfigureAwait(false);
        var names = await ReportNaming.NamesAsync(_units, asOf, unitCodes, scheme, cancellationToken).ConfigureAwait(false);
        return officerIds is null ? names : names with { Officers = await OfficerNamesAsync(officerIds, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>The monthly report (due before the 10th of the next month by default).</summary>
    public Task<SatisfactionReport> MonthlyAsync(int year, int month, string? unitCode = null, string? schemeCode = null, CancellationToken cancellationToken = default) =>
        BuildAsync(ReportPeriod.Month(year, month), unitCode, schemeCode, cancellationToken);

    /// <summary>The six-month report (<paramref name="half"/> 1 or 2).</summary>
    public Task<SatisfactionReport> HalfYearAsync(int year, int half, string? unitCode = null, string? schemeCode = null, CancellationToken cancellationToken = default) =>
        BuildAsync(ReportPeriod.HalfYear(year, half), unitCode, schemeCode, cancellationToken);

    /// <summary>The annual report (due 15 December of the same year by default).</summary>
    public Task<SatisfactionReport> AnnualAsync(int year, string? unitCode = null, string? schemeCode = null, CancellationToken cancellationToken = default) =>
        BuildAsync(ReportPeriod.Year(year), unitCode, schemeCode, cancellationToken);

    /// <summary>
    /// The report of <paramref name="period"/> (a month, quarter, half-year or year) for <paramref name="unitCode"/>,
    /// or for the whole province when it is null.
    /// </summary>
    public async Task<SatisfactionReport> BuildAsync(ReportPeriod period, string? unitCode = null, string? schemeCode = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var due = _calendar.DueBefore(period);
        var units = unitCode is null ? null : new[] { unitCode };
        var filter = _calendar.Filter(period, schemeCode, units);

        var totals = await _queries.GetSatisfactionAsync(filter, ReportGrouping.Total, cancellationToken).ConfigureAwait(false);
        var total = totals.Count > 0 ? totals[0] : new SatisfactionRow(string.Empty, null, 0, 0, 0, 0, 0, null);
        var byUnit = await _queries.GetSatisfactionAsync(filter, ReportGrouping.Unit, cancellationToken).ConfigureAwait(false);
        var byProcedure = await _queries.GetSatisfactionAsync(filter, ReportGrouping.Procedure, cancellationToken).ConfigureAwait(false);
        var trend = await _queries.GetSatisfactionAsync(filter, period.Kind == PeriodKind.Month ? ReportGrouping.Day : ReportGrouping.Month, cancellationToken).ConfigureAwait(false);
        var responseTotals = await _queries.GetResponseAsync(filter, ReportGrouping.Total, cancellationToken).ConfigureAwait(false);
        var responses = responseTotals.Count > 0 ? responseTotals[0] : new ResponseRow(string.Empty, null, 0, 0, 0, 0, 0, null);
        var heat = await _queries.GetHourWeekdayMatrixAsync(filter, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<CriterionRow> criteria = [];
        SipasStyleRow? sipas = null;
        SipasStyleIntervals? sipasIntervals = null;
        RatingScheme? scheme = null;
        if (schemeCode is not null)
        {
            criteria = await _queries.GetCriteriaAsync(filter, ReportGrouping.Total, cancellationToken).ConfigureAwait(false);
            scheme = await _schemes.FindAsync(schemeCode, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (scheme is { Factors.Count: > 0 })
            {
                var rows = SipasStyleIndex.Compute(scheme, criteria);
                sipas = rows.Count > 0 ? rows[0] : null;
                if (sipas is not null)
                {
                    var forms = await _queries.GetRespondentAnswersAsync(filter, cancellationToken).ConfigureAwait(false);
                    sipasIntervals = SipasStyleBootstrap.Compute(scheme, forms);
                }
            }
        }

        IReadOnlyList<SampleQuotaResult> quotas = [];
        IReadOnlyList<Decision766Rate> decision766 = [];
        WeightedShare? weighted = null;
        if (_dossiers is not null)
        {
            var dossiers = await _dossiers.GetAsync(filter, cancellationToken).ConfigureAwait(false);
            var ratings = byUnit.ToDictionary(r => r.Key, r => r.Ratings, StringComparer.Ordinal);
            quotas = [.. dossiers.Select(d => _options.QuotaPolicy.Evaluate(d.UnitCode, d.Dossiers, ratings.GetValueOrDefault(d.UnitCode)))];
            // Per dossier when the one-stop software can list its flagged dossiers, so none counts twice.
            decision766 = await _dossiers.GetFlaggedDossiersAsync(filter, cancellationToken).ConfigureAwait(false) is { } flagged
                ? Decision766Rate.ComputeByDossier(dossiers, await _queries.GetDossierOutcomesAsync(filter, cancellationToken).ConfigureAwait(false), flagged)
                : Decision766Rate.Compute(dossiers, byUnit);
            // Units are the plan's strata: each unit's rate weighted by its dossiers.
            var rows = byUnit.ToDictionary(r => r.Key, StringComparer.Ordinal);
            weighted = PostStratification.SatisfiedRate(dossiers.Select(d => rows.TryGetValue(d.UnitCode, out var r)
                ? new Stratum(d.UnitCode, d.Dossiers, r.Ratings, r.Satisfied)
                : new Stratum(d.UnitCode, d.Dossiers, 0, 0)));
        }

        var (dataFrom, dataTo) = _calendar.DataWindow(period);
        var names = await ReportNaming.NamesAsync(
            _units,
            period.EndExclusive.AddDays(-1),
            [unitCode, .. byUnit.Select(r => r.Key), .. quotas.Select(q => q.UnitCode), .. decision766.Select(d => d.UnitCode)],
            scheme,
            cancellationToken).ConfigureAwait(false);
        if (_names is not null)
        {
            names = names with { Procedures = await _names.GetProcedureNamesAsync([.. byProcedure.Select(r => r.Key).Where(k => k.Length > 0)], cancellationToken).ConfigureAwait(false) };
        }

        return new SatisfactionReport(period, due, unitCode, schemeCode, _time.GetUtcNow(), total, byUnit, trend, criteria, sipas, responses, heat, quotas, decision766)
        {
            DataFrom = dataFrom,
            DataToExclusive = dataTo,
            SipasStyleIntervals = sipasIntervals,
            WeightedSatisfiedRate = weighted,
            Names = names,
            ByProcedure = byProcedure,
        };
    }

    private async ValueTask<IReadOnlyDictionary<string, string>> OfficerNamesAsync(IEnumerable<string?> officerIds, CancellationToken cancellationToken)
    {
        var ids = officerIds.Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).Distinct(StringComparer.Ordinal).ToList();
        return _names is null || ids.Count == 0
            ? new Dictionary<string, string>()
            : await _names.GetOfficerNamesAsync(ids, cancellationToken).ConfigureAwait(false);
    }
}
