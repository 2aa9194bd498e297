namespace SatisfactionKit.Channels.Paper;

/// <summary>
/// The file side of the paper survey import: reads the forms as rows of text and writes the error file.
/// <c>SatisfactionKit.Spreadsheets</c> implements it for .csv and .xlsx (<c>AddSpreadsheets()</c>); a
/// vendor with another source implements it instead. The validation, the error rows and columns, and
/// the all-or-none storing stay in <see cref="IPaperSurveyImporter"/>.
/// </summary>
public interface IPaperFiles
{
    /// <summary>
    /// Streams the data rows of <paramref name="filePath"/> one at a time, in file order. An import reads
    /// the file twice (validating, then storing), so both reads must give the same rows.
    /// </summary>
    /// <exception cref="NotSupportedException">The file is in a format this does not read.</exception>
    IAsyncEnumerable<PaperRow> ReadRowsAsync(string filePath, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates (or replaces) the error file at <paramref name="filePath"/>, with its header row; the
    /// importer calls it only when it finds the first error, and disposes the writer at the end of the pass.
    /// </summary>
    ValueTask<IPaperErrorWriter> CreateErrorWriterAsync(string filePath, CancellationToken cancellationToken = default);
}
