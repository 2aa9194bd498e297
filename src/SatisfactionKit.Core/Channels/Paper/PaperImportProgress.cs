namespace SatisfactionKit.Channels.Paper;

/// <summary>How far an import has got.</summary>
/// <param name="Stage">Validating (first pass) or storing (second pass).</param>
/// <param name="RowsDone">Rows done in this stage.</param>
/// <param name="ErrorCount">Errors found so far.</param>
public sealed record PaperImportProgress(PaperImportStage Stage, int RowsDone, int ErrorCount);
