using Microsoft.Extensions.Options;

namespace SatisfactionKit.Reports;

/// <summary>Tells when each report falls due, and which are coming.</summary>
public sealed class ReportCalendar
{
    private readonly ReportingOptions _options;

    /// <summary>Creates the calendar from the reporting options.</summary>
    public ReportCalendar(IOptions<ReportingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <summary>The day the report on <paramref name="period"/> must be sent before.</summary>
    /// <exception cref="ArgumentException">Days and weeks have no report due date.</exception>
    public DateOnly DueBefore(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Month => DayOfMonth(period.EndExclusive, _options.MonthlyDueDay),
            PeriodKind.Quarter => DayOfMonth(period.EndExclusive, _options.QuarterlyDueDay),
            PeriodKind.HalfYear => DayOfMonth(period.EndExclusive, _options.HalfYearDueDay),
            // The annual report goes out before the year ends, on the data gathered so far.
            PeriodKind.Year => new DateOnly(period.Start.Year, _options.AnnualDueMonth, Math.Min(_options.AnnualDueDay, DateTime.DaysInMonth(period.Start.Year, _options.AnnualDueMonth))),
            _ => throw new ArgumentException($"Kỳ {period.Kind} không có hạn báo cáo. / A {period.Kind} period has no report due date.", nameof(period)),
        };
    }

    /// <summary>
    /// The reports of <paramref name="kinds"/> whose due day is on or after <paramref name="today"/> and
    /// before <paramref name="until"/>, soonest first.
    /// </summary>
    public IReadOnlyList<ReportDeadline> Upcoming(DateOnly today, DateOnly until, params PeriodKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            kinds = [PeriodKind.Month, PeriodKind.HalfYear, PeriodKind.Year];
        }

        var deadlines = new List<ReportDeadline>();
        foreach (var kind in kinds.Distinct())
        {
            // Start a little before today: the report on last period may still be due.
            var period = ReportPeriod.Containing(kind, today.AddYears(-1));
            while (period.Start < until)
            {
                var due = DueBefore(period);
                if (due >= today && due < until)
                {
                    deadlines.Add(new ReportDeadline(period, due));
                }

                period = period.Next();
            }
        }

        return [.. deadlines.OrderBy(d => d.DueBefore).ThenBy(d => d.Period.Kind)];
    }

    /// <summary>
    /// The days whose data a report of <paramref name="period"/> covers: the period itself for calendar
    /// periods, or shifted to the cut-off day (<see cref="ReportingOptions.CutOffDay"/>): from day d of
    /// the month before the period to day d − 1 of its last month.
    /// </summary>
    public (DateOnly From, DateOnly ToExclusive) DataWindow(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (_options.CutOffDay is not { } day || period.Kind is PeriodKind.Day or PeriodKind.Week)
        {
            return (period.Start, period.EndExclusive);
        }

        var before = period.Start.AddMonths(-1);
        var last = period.EndExclusive.AddMonths(-1);
        return (new DateOnly(before.Year, before.Month, day), new DateOnly(last.Year, last.Month, day));
    }

    /// <summary>The report filter of <paramref name="period"/>: its <see cref="DataWindow"/> as instants in the agency's time zone.</summary>
    public ReportFilter Filter(ReportPeriod period, string? schemeCode = null, IReadOnlyList<string>? unitCodes = null)
    {
        var (from, to) = DataWindow(period);
        var zone = _options.TimeZone;
        return new ReportFilter(Midnight(from, zone), Midnight(to, zone), unitCodes, SchemeCode: schemeCode);
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateOnly DayOfMonth(DateOnly monthStart, int day) =>
        new(monthStart.Year, monthStart.Month, Math.Min(day, DateTime.DaysInMonth(monthStart.Year, monthStart.Month)));
}
