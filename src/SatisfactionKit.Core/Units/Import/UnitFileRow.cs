namespace SatisfactionKit.Units.Import;

/// <summary>One data row of a unit catalogue file, as text.</summary>
/// <param name="Number">The row as a spreadsheet numbers it (the header is row 1, the first data row 2).</param>
/// <param name="Headers">The column headers as written in the file.</param>
/// <param name="Cells">The cells under <paramref name="Headers"/>, position by position; empty cells are <see langword="null"/> or blank.</param>
public sealed record UnitFileRow(int Number, IReadOnlyList<string> Headers, IReadOnlyList<string?> Cells);
