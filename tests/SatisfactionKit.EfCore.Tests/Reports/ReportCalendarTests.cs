using SatisfactionKit.EntityFrameworkCore.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>
/// The portable calendar arithmetic of the report queries (<see cref="ReportCalendar"/>), run in memory here
/// and as SQL by the report tests on SQLite and PostgreSQL (and translated for SQL Server): the day number,
/// weekday and week's Monday agree with .NET's calendar on every day of 1900–2100.
/// </summary>
public sealed class ReportCalendarTests
{
    [Fact]
    public void Day_number_weekday_and_monday_agree_with_dotnet_for_two_centuries()
    {
        var dayNumber = ReportCalendar.DayNumber.Compile();
        var monday = ReportCalendar.WeekMonday.Compile();
        var weekday = ReportCalendar.WithDayNumber((n, f) => (n + 3) % 7).Compile();
        for (var date = new DateOnly(1900, 1, 1); date < new DateOnly(2101, 1, 1); date = date.AddDays(1))
        {
            var fact = new ReportFact { Local = date.ToDateTime(new TimeOnly(23, 59)) };
            var n = dayNumber(fact);
            Assert.Equal(date, ReportCalendar.Date(n));
            Assert.Equal((int)date.DayOfWeek, weekday(fact));
            var expectedMonday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            Assert.Equal(expectedMonday, ReportCalendar.Date(monday(fact)));
        }
    }
}
