using SatisfactionKit.Reports;

namespace SatisfactionKit.EfCore.Tests.Reports;

/// <summary>
/// Figures that the roll-ups' cube structure could get wrong: the distinct count of dissatisfied dossiers when
/// one dossier is dissatisfied on two channels, and the year's views, which read cubes of their own.
/// </summary>
public abstract partial class ReportQueryTests
{
    [Fact]
    public async Task A_dossier_dissatisfied_on_two_channels_counts_once_where_both_ratings_fall()
    {
        await AddAsync(ReportData.Hanoi());
        Fixture.Sql.Commands.Clear();
        var quarter = ReportData.FourthQuarter();

        var total = Assert.Single(await Reports.GetSatisfactionAsync(quarter, ReportGrouping.Total, Ct));
        var byChannel = await Reports.GetSatisfactionAsync(quarter, ReportGrouping.Channel, Ct);
        var byMonth = await Reports.GetSatisfactionAsync(quarter, ReportGrouping.Month, Ct);
        var byUnit = await Reports.GetSatisfactionAsync(quarter, ReportGrouping.Unit, Ct);

        // Dissatisfied ratings with a dossier: R2 (D2, pad), R3 (D3, online), R5 (D5, pad, November), R6 (D5, online,
        // December local). Four ratings, three dossiers: D5 once in the quarter.
        Assert.Equal((6, 3), (total.Ratings, total.DissatisfiedDossiers));
        // Per channel D5 is in both: pad D2, D5; online D3, D5.
        Assert.Equal([("CounterPad", 2), ("Online", 2)], byChannel.Select(r => (r.Key, r.DissatisfiedDossiers)));
        // Per month: November D2, D3, D5; December D5.
        Assert.Equal([3, 1], byMonth.Select(r => r.DissatisfiedDossiers));
        // Per unit: U1 D2, D3; U2 D5 (both of its ratings).
        Assert.Equal([("U1", 2), ("U2", 1)], byUnit.Select(r => (r.Key, r.DissatisfiedDossiers)));
        // From the roll-ups, the repeats are read from the copies of the dissatisfied ratings of codes with more than one.
        Assert.Equal(Rollups, Fixture.Sql.Commands.Any(c => c.Contains("SK_RepeatedDissatisfiedRatings", StringComparison.Ordinal)));
        Assert.DoesNotContain(Fixture.Sql.Commands, c => c.Contains("SK_DissatisfiedDossiers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_years_heat_map_and_satisfaction_by_procedure()
    {
        await AddAsync(ReportData.Hanoi());
        Fixture.Sql.Commands.Clear();
        var year = new ReportFilter(new DateTimeOffset(2026, 1, 1, 0, 0, 0, ReportData.Vietnam), new DateTimeOffset(2027, 1, 1, 0, 0, 0, ReportData.Vietnam));

        var heat = await Reports.GetHourWeekdayMatrixAsync(year, Ct);
        var byProcedure = await Reports.GetSatisfactionAsync(year, ReportGrouping.Procedure, Ct);

        // November's cells (Hour_by_weekday_matrix_in_local_time) and R6, Tuesday 2026-12-01 00:30 local.
        Assert.Equal(
            [(DayOfWeek.Monday, 8, 1, 1), (DayOfWeek.Monday, 9, 1, 0), (DayOfWeek.Tuesday, 0, 1, 0), (DayOfWeek.Tuesday, 14, 2, 1), (DayOfWeek.Sunday, 6, 1, 0)],
            heat.Select(c => (c.Weekday, c.Hour, c.Ratings, c.Satisfied)));
        // P1: R1, R2, R4, R5, R6 (R1, R4 satisfied); dissatisfied dossiers D2 and D5 (twice). P2: R3, dossier D3.
        Assert.Equal([("P1", 5, 2, 2), ("P2", 1, 0, 1)], byProcedure.Select(r => (r.Key, r.Ratings, r.Satisfied, r.DissatisfiedDossiers)));
        Assert.Equal(Rollups, Fixture.Sql.Commands.Any(c => c.Contains("RatingRollups", StringComparison.Ordinal)));
    }
}
