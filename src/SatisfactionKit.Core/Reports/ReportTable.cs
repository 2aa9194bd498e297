namespace SatisfactionKit.Reports;

/// <summary>One view of a report as a table with Vietnamese headers, as written to Excel and CSV.</summary>
/// <param name="View">Which view.</param>
/// <param name="Name">The sheet name (Vietnamese, at most 31 characters).</param>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Cells: strings, integers or decimals rounded to 2 places; null when empty.</param>
public sealed record ReportTable(ReportView View, string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
