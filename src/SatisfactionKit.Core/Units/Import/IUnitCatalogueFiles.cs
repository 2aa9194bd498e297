namespace SatisfactionKit.Units.Import;

/// <summary>
/// The file side of the unit catalogue import: reads a file as rows of text. <c>SatisfactionKit.Spreadsheets</c>
/// implements it for CSV (<c>AddSpreadsheets()</c>); the columns, the checks and the all-or-none storing
/// stay in <see cref="IUnitCatalogueImporter"/>.
/// </summary>
public interface IUnitCatalogueFiles
{
    /// <summary>The data rows of <paramref name="filePath"/>, in file order.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read as a table (the message says why, in Vietnamese and English).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="NotSupportedException">The file is in a format this does not read.</exception>
    IAsyncEnumerable<UnitFileRow> ReadRowsAsync(string filePath, CancellationToken cancellationToken = default);
}
