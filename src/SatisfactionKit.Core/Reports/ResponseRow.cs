namespace SatisfactionKit.Reports;

/// <summary>How counter prompts ended within one group, and the stray presses.</summary>
/// <param name="Key">The group (see <see cref="SatisfactionRow.Key"/>).</param>
/// <param name="Period">The period of a time grouping; null otherwise.</param>
/// <param name="Opened">Prompts opened (every prompt record).</param>
/// <param name="Rated">Prompts that ended with a rating.</param>
/// <param name="Expired">Prompts that expired unanswered.</param>
/// <param name="Cancelled">Prompts the officer cancelled.</param>
/// <param name="Refused">Prompts the citizen declined.</param>
/// <param name="StrayPresses">
/// Presses with no prompt open; null where they cannot be attributed (they carry a unit, a counter and a time, so not for
/// a procedure, officer or scheme). A press that named no unit counts only where no unit narrows the report.
/// </param>
public sealed record ResponseRow(string Key, ReportPeriod? Period, int Opened, int Rated, int Expired, int Cancelled, int Refused, int? StrayPresses)
{
    /// <summary>Rated ÷ opened × 100.</summary>
    public decimal ResponseRate => ReportMath.Percent(Rated, Opened);
}
