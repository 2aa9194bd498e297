namespace SatisfactionKit.Channels.Paper;

/// <summary>
/// One data row of a paper survey file, as text: what an <see cref="IPaperFiles"/> reads and the
/// importer validates. No file format is involved past this point.
/// </summary>
/// <param name="Number">
/// The row's number as a spreadsheet shows it (the header is row 1, so the first data row is 2): errors
/// are reported against it and it is part of each rating's idempotency key.
/// </param>
/// <param name="Headers">The column headers as written in the file, in file order (one list may serve every row of a file).</param>
/// <param name="Cells">
/// The cells under <paramref name="Headers"/>, position by position, as text; an empty cell is
/// <see langword="null"/> or blank, and a list shorter than <paramref name="Headers"/> leaves the rest empty.
/// </param>
public sealed record PaperRow(int Number, IReadOnlyList<string> Headers, IReadOnlyList<string?> Cells);
