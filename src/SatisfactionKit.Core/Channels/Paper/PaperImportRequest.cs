namespace SatisfactionKit.Channels.Paper;

/// <summary>A file of paper survey forms to import.</summary>
public sealed record PaperImportRequest
{
    /// <summary>The file of forms, read through <see cref="IPaperFiles"/>: with <c>SatisfactionKit.Spreadsheets</c>, a .csv (UTF-8, delimiter detected) or .xlsx file, the format taken from its extension.</summary>
    public required string FilePath { get; init; }

    /// <summary>Where to write the error file when rows are refused (with <c>SatisfactionKit.Spreadsheets</c>: CSV, UTF-8 with BOM so that Excel shows Vietnamese).</summary>
    public required string ErrorFilePath { get; init; }

    /// <summary>The survey batch.</summary>
    public required string BatchId { get; init; }

    /// <summary>The staff member who entered the forms.</summary>
    public required string EnteredBy { get; init; }

    /// <summary>The scheme of the forms when the file has no <c>bo_tieu_chi</c> column; the default scheme when <see langword="null"/>.</summary>
    public string? SchemeCode { get; init; }
}
