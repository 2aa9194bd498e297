using Microsoft.Extensions.Options;
using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

public sealed class ReportCalendarTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public void A_month_is_cut_at_midnight_Vietnam_time()
    {
        var (start, end) = ReportPeriod.Month(2026, 10).ToInstantRange(Vietnam);

        // 1 October 00:00 +07 is 30 September 17:00 UTC: a rating at 23:30 on 31 October Việt Nam time is October's.
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.Zero), start.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 17, 0, 0, TimeSpan.Zero), end.ToUniversalTime());
        var lateOnTheLastDay = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.FromHours(7));
        Assert.True(lateOnTheLastDay >= start && lateOnTheLastDay < end);
    }

    [Theory]
    [InlineData("2026-10", PeriodKind.Month, "2026-10-01", "2026-11-01")]
    [InlineData("2026-Q4", PeriodKind.Quarter, "2026-10-01", "2027-01-01")]
    [InlineData("2026-h2", PeriodKind.HalfYear, "2026-07-01", "2027-01-01")]
    [InlineData("2026", PeriodKind.Year, "2026-01-01", "2027-01-01")]
    public void Periods_parse_from_their_labels_and_print_back(string text, PeriodKind kind, string start, string end)
    {
        var period = ReportPeriod.Parse(text);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.EndExclusive);
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("26-10")]
    [InlineData("2026-Q5")]
    [InlineData("tháng 10")]
    public void A_bad_period_label_says_which_forms_are_accepted(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ReportPeriod.Parse(text));
        Assert.Contains("2026-Q3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("không hợp lệ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_run_Monday_to_Sunday_and_periods_step_forward_and_back()
    {
        var week = ReportPeriod.Week(new DateOnly(2026, 11, 22)); // a Sunday
        Assert.Equal(new DateOnly(2026, 11, 16), week.Start);
        Assert.Equal("2026-W47", week.ToString());
        Assert.Equal(ReportPeriod.Month(2026, 12), ReportPeriod.Month(2027, 1).Previous());
        Assert.Equal(ReportPeriod.HalfYear(2027, 1), ReportPeriod.HalfYear(2026, 2).Next());
    }

    [Fact]
    public void The_monthly_report_is_due_before_the_10th_and_the_annual_before_15_December_by_default()
    {
        var calendar = new ReportCalendar(Options.Create(new ReportingOptions()));

        Assert.Equal(new DateOnly(2026, 11, 10), calendar.DueBefore(ReportPeriod.Month(2026, 10)));
        Assert.Equal(new DateOnly(2027, 1, 10), calendar.DueBefore(ReportPeriod.Month(2026, 12)));
        Assert.Equal(new DateOnly(2026, 12, 15), calendar.DueBefore(ReportPeriod.Year(2026)));
        Assert.Equal(new DateOnly(2026, 7, 10), calendar.DueBefore(ReportPeriod.HalfYear(2026, 1)));
        Assert.Throws<ArgumentException>(() => calendar.DueBefore(ReportPeriod.Day(new DateOnly(2026, 1, 1))));
    }

    [Fact]
    public void A_province_can_move_the_annual_date_as_Da_Nang_does()
    {
        var daNang = new ReportCalendar(Options.Create(new ReportingOptions { AnnualDueDay = 25 }));
        Assert.Equal(new DateOnly(2026, 12, 25), daNang.DueBefore(ReportPeriod.Year(2026)));
    }

    [Fact]
    public void The_calendar_lists_what_falls_due_soonest_first()
    {
        var calendar = new ReportCalendar(Options.Create(new ReportingOptions()));

        var upcoming = calendar.Upcoming(new DateOnly(2026, 11, 22), new DateOnly(2027, 2, 1));

        // Month 2026-10 fell due on 10 November, before today; January 2027's falls after the window.
        (string, string)[] expected = [("2026-11", "2026-12-10"), ("2026", "2026-12-15"), ("2026-12", "2027-01-10"), ("2026-H2", "2027-01-10")];
        Assert.Equal(expected, upcoming.Select(d => (d.Period.ToString(), d.DueBefore.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
