namespace SatisfactionKit.Channels.Paper;

/// <summary>
/// Imports paper survey forms (SIPAS or any scheme), all-or-none, from the rows an <see cref="IPaperFiles"/>
/// reads (CSV or .xlsx with <c>SatisfactionKit.Spreadsheets</c>'s <c>AddSpreadsheets()</c>). The column
/// layout is in <c>docs/channels.md</c>: dossier columns, optional scheme/conditions/reasons/comment, and
/// one column per criterion code holding the level code.
/// </summary>
public interface IPaperSurveyImporter
{
    /// <summary>
    /// Validates every row with Core's validator (first pass); when there is any error, writes the error
    /// file (through <see cref="IPaperFiles.CreateErrorWriterAsync"/>) and stores nothing; otherwise reads the file again and stores every row in one batch (second
    /// pass). Memory does not grow with the file.
    /// </summary>
    Task<PaperImportResult> ImportAsync(PaperImportRequest request, IProgress<PaperImportProgress>? progress = null, CancellationToken cancellationToken = default);
}
