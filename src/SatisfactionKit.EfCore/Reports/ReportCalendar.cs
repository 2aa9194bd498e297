using System.Linq.Expressions;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// Calendar arithmetic on <see cref="ReportFact.Local"/> that every provider translates: only the year,
/// month, day and hour parts, integer arithmetic and <c>CASE</c>. <see cref="DateTime.DayOfWeek"/> is not
/// among them (SQL Server has no translation: its weekday depends on the session's <c>DATEFIRST</c>), so the
/// weekday is derived from a day number instead.
/// </summary>
internal static class ReportCalendar
{
    /// <summary>The day number of <see cref="DayNumberOfFirstDay"/> (0001-01-01) in <see cref="DayNumber"/>.</summary>
    public const int DayNumberOfFirstDay = 306;

    /// <summary>
    /// The local date as days since 0000-03-01 of the proleptic Gregorian calendar (H. Hinnant's
    /// <c>days_from_civil</c>, with March as the first month so that the leap day ends the year); all terms
    /// are non-negative, so integer division truncates the same way on every provider.
    /// </summary>
    public static readonly Expression<Func<ReportFact, int>> DayNumber = f =>
        (365 * (f.Local.Year - (f.Local.Month <= 2 ? 1 : 0)))
        + ((f.Local.Year - (f.Local.Month <= 2 ? 1 : 0)) / 4)
        - ((f.Local.Year - (f.Local.Month <= 2 ? 1 : 0)) / 100)
        + ((f.Local.Year - (f.Local.Month <= 2 ? 1 : 0)) / 400)
        + (((153 * (f.Local.Month > 2 ? f.Local.Month - 3 : f.Local.Month + 9)) + 2) / 5)
        + f.Local.Day - 1;

    /// <summary>The day number of the Monday of the local week: 0000-03-01 was a Wednesday, so a day's distance from Monday is <c>(n + 2) mod 7</c>.</summary>
    public static readonly Expression<Func<ReportFact, int>> WeekMonday = ParameterReplacer.Compose(DayNumber, (n, f) => n - ((n + 2) % 7));

    /// <summary><c>f =&gt; shape(DayNumber(f), f)</c>: a key built from the day number, e.g. the weekday <c>(n + 3) mod 7</c> numbered as <see cref="DayOfWeek"/> (Sunday 0).</summary>
    public static Expression<Func<ReportFact, TOut>> WithDayNumber<TOut>(Expression<Func<int, ReportFact, TOut>> shape) => ParameterReplacer.Compose(DayNumber, shape);

    /// <summary>The date of a <see cref="DayNumber"/>.</summary>
    public static DateOnly Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber - DayNumberOfFirstDay);
}
