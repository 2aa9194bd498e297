using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.Spreadsheets.Paper;

/// <summary>The <see cref="IPaperFiles"/> of <c>AddSpreadsheets()</c>: .csv and .xlsx by extension, the error file as CSV.</summary>
internal sealed class SpreadsheetPaperFiles : IPaperFiles
{
    public IAsyncEnumerable<PaperRow> ReadRowsAsync(string filePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        return Path.GetExtension(filePath).ToUpperInvariant() switch
        {
            ".CSV" => PaperFileGuard.ReadAsync(CsvPaperRows.ReadAsync(filePath, cancellationToken), filePath, excel: false, cancellationToken),
            ".XLSX" => PaperFileGuard.ReadAsync(XlsxPaperRows.ReadAsync(filePath, cancellationToken), filePath, excel: true, cancellationToken),
            _ => throw PaperFileGuard.UnsupportedExtension(filePath),
        };
    }

    public async ValueTask<IPaperErrorWriter> CreateErrorWriterAsync(string filePath, CancellationToken cancellationToken = default) =>
        await CsvPaperErrorWriter.CreateAsync(filePath, cancellationToken).ConfigureAwait(false);
}
