using SatisfactionKit.Localization;

namespace SatisfactionKit.Units;

/// <summary>One problem in a unit catalogue, naming its row.</summary>
/// <param name="Source">
/// Where the row is: <see cref="VersionsSource"/> or <see cref="SuccessionsSource"/> for a catalogue given in
/// code, the file's name for an import.
/// </param>
/// <param name="Row">The row: a position in the list (the first is 1) or, for an import, the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole.</param>
/// <param name="Column">The field or column at fault.</param>
/// <param name="ErrorCode">The error code (see <see cref="ErrorCodes"/>).</param>
/// <param name="Text">The message in Vietnamese and English.</param>
public sealed record UnitCatalogueError(string Source, int Row, string Column, string ErrorCode, LocalizedText Text)
{
    /// <summary>The <see cref="Source"/> of errors in <see cref="UnitCatalogue.Versions"/>.</summary>
    public const string VersionsSource = "versions";

    /// <summary>The <see cref="Source"/> of errors in <see cref="UnitCatalogue.Successions"/>.</summary>
    public const string SuccessionsSource = "successions";

    /// <summary>The message in the current UI culture.</summary>
    public string Message => Text.Get();

    /// <inheritdoc />
    public override string ToString() => $"{Source}, dòng/row {Row}, {Column}: {Text.Vi} / {Text.En}";

    internal static UnitCatalogueError Create(string source, int row, string column, string code, params object?[] args) =>
        new(source, row, column, code, new LocalizedText(
            Messages.Format(SatisfactionKitCultures.Vietnamese, code, args),
            Messages.Format(SatisfactionKitCultures.English, code, args)));
}
