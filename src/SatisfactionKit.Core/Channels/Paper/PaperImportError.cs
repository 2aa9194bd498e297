namespace SatisfactionKit.Channels.Paper;

/// <summary>One problem in an imported file.</summary>
/// <param name="Row">The row as numbered in a spreadsheet (the header is row 1).</param>
/// <param name="Column">The column's header as written in the file, or the field's name when the column is absent.</param>
/// <param name="ErrorCode">The error code (see <c>ErrorCodes</c>, or FluentValidation's).</param>
/// <param name="Message">The message in the current UI culture.</param>
public sealed record PaperImportError(int Row, string Column, string ErrorCode, string Message);
