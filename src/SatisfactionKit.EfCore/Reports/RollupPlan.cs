using System.Numerics;
using SatisfactionKit.EntityFrameworkCore.Rollups;
using SatisfactionKit.Reports;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// Which roll-up cube answers a report, if any: one that keeps every dimension the filter narrows by and the
/// grouping groups by, whose periods are no longer than the grouping's and fit the filter's local bounds
/// exactly. Among those, the one with the fewest dimensions (fewest cells), then the longest periods. The
/// hour × weekday heat map reads the weekday-hour cubes, and only it does.
/// </summary>
/// <param name="Cube">The cube read.</param>
/// <param name="From">The filter's start in local wall-clock time.</param>
/// <param name="To">The filter's end in local wall-clock time.</param>
internal sealed record RollupPlan(RollupCube Cube, DateTime From, DateTime To)
{
    /// <summary>The plan, or <see langword="null"/> when the ratings must be read (no cube fits).</summary>
    /// <param name="filter">The report's filter (already narrowed to its units).</param>
    /// <param name="grouping">The report's grouping; <see langword="null"/> for the hour-and-weekday heat map.</param>
    /// <param name="offsetMinutes">The reporting zone's constant offset over the filter's range.</param>
    /// <param name="answers">Whether answers are read.</param>
    public static RollupPlan? For(ReportFilter filter, ReportGrouping? grouping, double offsetMinutes, bool answers)
    {
        var from = DateTime.SpecifyKind(filter.From.UtcDateTime.AddMinutes(offsetMinutes), DateTimeKind.Utc);
        var to = DateTime.SpecifyKind(filter.To.UtcDateTime.AddMinutes(offsetMinutes), DateTimeKind.Utc);
        var needed = RollupDimensions.None;
        if (filter.ProcedureCode is not null || grouping == ReportGrouping.Procedure)
        {
            needed |= RollupDimensions.Procedure;
        }

        if (filter.OfficerId is not null || grouping == ReportGrouping.Officer)
        {
            needed |= RollupDimensions.Officer;
        }

        if (filter.CounterId is not null || grouping == ReportGrouping.Counter)
        {
            needed |= RollupDimensions.Counter;
        }

        // The longest period a cell may have and still fall in one group; the heat map reads weekday-hour cubes only.
        var longest = grouping switch
        {
            ReportGrouping.Day or ReportGrouping.Week => RollupGrain.Day,
            ReportGrouping.Month or ReportGrouping.Quarter or ReportGrouping.HalfYear => RollupGrain.Month,
            _ => RollupGrain.Year,
        };
        var heatMap = grouping is null;
        var cube = RollupCube.All
            .Where(c => (c.Dimensions & needed) == needed && (c.Answers || !answers) && c.Grain <= longest && c.WeekdayHours == heatMap)
            .Where(c => RollupCube.IsBoundary(c.Grain, from) && RollupCube.IsBoundary(c.Grain, to))
            .OrderBy(c => BitOperations.PopCount((uint)c.Dimensions))
            .ThenByDescending(c => c.Grain)
            .FirstOrDefault();
        return cube is null ? null : new RollupPlan(cube, from, to);
    }
}
