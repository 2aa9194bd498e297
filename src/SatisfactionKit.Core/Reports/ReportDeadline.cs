namespace SatisfactionKit.Reports;

/// <summary>A report that falls due: its period and the day it must be sent before.</summary>
/// <param name="Period">The period reported on.</param>
/// <param name="DueBefore">The report must be sent before this day (local date).</param>
public sealed record ReportDeadline(ReportPeriod Period, DateOnly DueBefore);
