namespace SatisfactionKit.Channels.Paper;

/// <summary>The outcome of an import: either every row stored, or none and the errors.</summary>
/// <param name="RowCount">Data rows read.</param>
/// <param name="StoredCount">Ratings stored: all rows, or 0 when there was any error.</param>
/// <param name="ErrorCount">Errors found (all are in the error file).</param>
/// <param name="FirstErrors">The first errors (at most 100), for showing on screen.</param>
/// <param name="ErrorFilePath">The error file, or <see langword="null"/> when there was no error.</param>
public sealed record PaperImportResult(int RowCount, int StoredCount, int ErrorCount, IReadOnlyList<PaperImportError> FirstErrors, string? ErrorFilePath)
{
    /// <summary>Whether every row was stored.</summary>
    public bool Succeeded => ErrorCount == 0;

    /// <summary>
    /// Whether the file was refused as a whole, before its rows were checked: it cannot be read
    /// (<c>SK_PAPER_FILE_UNREADABLE</c>) or its header row is wrong (not UTF-8, a required column missing,
    /// an unknown column). Otherwise the errors are the rows'.
    /// </summary>
    public bool FileRefused { get; init; }
}
