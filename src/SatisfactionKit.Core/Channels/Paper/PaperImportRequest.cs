namespace SatisfactionKit.Channels.Paper;

/// <summary>A file of paper survey forms to import.</summary>
public sealed record PaperImportRequest
{
    /// <summary>The .csv (UTF-8, comma-separated) or .xlsx file; the format is taken from its extension.</summary>
    public required string FilePath { get; init; }

    /// <summary>Where to write the error file (CSV, UTF-8 with BOM so that Excel shows Vietnamese) when rows are refused.</summary>
    public required string ErrorFilePath { get; init; }

    /// <summary>The survey batch.</summary>
    public required string BatchId { get; init; }

    /// <summary>The staff member who entered the forms.</summary>
    public required string EnteredBy { get; init; }

    /// <summary>The scheme of the forms when the file has no <c>bo_tieu_chi</c> column; the default scheme when <see langword="null"/>.</summary>
    public string? SchemeCode { get; init; }
}
