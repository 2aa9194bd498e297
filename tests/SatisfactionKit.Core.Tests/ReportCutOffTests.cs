using Microsoft.Extensions.Options;
using SatisfactionKit.Reports;

namespace SatisfactionKit.Core.Tests;

/// <summary>Periods cut at a day of the month (the 15th, as many provinces apply the reporting regime of NĐ 09/2019) instead of the calendar.</summary>
public sealed class ReportCutOffTests
{
    private static ReportCalendar Calendar(int? cutOffDay) => new(Options.Create(new ReportingOptions { CutOffDay = cutOffDay }));

    [Theory]
    [InlineData("2026-11", "2026-10-15", "2026-11-15")]
    [InlineData("2026-01", "2025-12-15", "2026-01-15")]
    [InlineData("2024-03", "2024-02-15", "2024-03-15")]
    [InlineData("2026-Q1", "2025-12-15", "2026-03-15")]
    [InlineData("2026-H2", "2026-06-15", "2026-12-15")]
    [InlineData("2026", "2025-12-15", "2026-12-15")]
    public void A_period_on_the_15th_runs_from_the_15th_of_the_month_before_to_the_14th_of_its_last_month(string period, string from, string toExclusive)
    {
        var window = Calendar(ReportingOptions.Decree09CutOffDay).DataWindow(ReportPeriod.Parse(period));

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(toExclusive, System.Globalization.CultureInfo.InvariantCulture)), window);
    }

    [Fact]
    public void The_14th_at_midnight_is_the_last_instant_of_a_month_and_a_leap_day_belongs_to_march()
    {
        var calendar = Calendar(15);
        var november = calendar.Filter(ReportPeriod.Month(2026, 11));
        var march = calendar.Filter(ReportPeriod.Month(2024, 3));
        var vietnam = TimeSpan.FromHours(7);

        bool In(ReportFilter f, DateTimeOffset t) => t >= f.From && t < f.To;
        Assert.True(In(november, new DateTimeOffset(2026, 11, 14, 23, 59, 59, vietnam)));
        Assert.False(In(november, new DateTimeOffset(2026, 11, 15, 0, 0, 0, vietnam)));
        Assert.True(In(november, new DateTimeOffset(2026, 10, 15, 0, 0, 0, vietnam)));
        Assert.False(In(november, new DateTimeOffset(2026, 10, 14, 23, 59, 59, vietnam)));
        Assert.True(In(march, new DateTimeOffset(2024, 2, 29, 12, 0, 0, vietnam)));
    }

    [Fact]
    public void Without_a_cut_off_day_periods_are_the_calendars()
    {
        var calendar = Calendar(null);

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)), calendar.DataWindow(ReportPeriod.Month(2026, 11)));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)), calendar.DataWindow(ReportPeriod.Year(2026)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(29)]
    public void A_cut_off_day_every_month_does_not_have_is_refused_at_start(int day)
    {
        var result = new ReportingOptionsValidator().Validate(null, new ReportingOptions { CutOffDay = day });

        Assert.True(result.Failed);
        Assert.Contains($"ReportingOptions.CutOffDay: phải từ 2 đến 28, hoặc để trống cho kỳ theo lịch (đang là {day}). / must be from 2 to 28", result.FailureMessage, StringComparison.Ordinal);
    }
}
