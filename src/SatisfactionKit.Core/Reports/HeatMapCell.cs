namespace SatisfactionKit.Reports;

/// <summary>One cell of the hour-of-day × weekday matrix, in local time.</summary>
/// <param name="Weekday">The local weekday.</param>
/// <param name="Hour">The local hour, 0–23.</param>
/// <param name="Ratings">Ratings submitted in that hour of that weekday.</param>
/// <param name="Satisfied">Of which satisfied.</param>
public sealed record HeatMapCell(DayOfWeek Weekday, int Hour, int Ratings, int Satisfied)
{
    /// <summary>Satisfied ÷ ratings × 100.</summary>
    public decimal SatisfiedRate => ReportMath.Percent(Satisfied, Ratings);
}
