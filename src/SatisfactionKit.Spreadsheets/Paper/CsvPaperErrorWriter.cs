using System.Globalization;
using System.Text;
using CsvHelper;
using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.Spreadsheets.Paper;

/// <summary>The error file of a paper import: CSV, UTF-8 with a byte-order mark, one row per <see cref="PaperImportError"/>.</summary>
internal sealed class CsvPaperErrorWriter : IPaperErrorWriter
{
    private readonly CsvWriter _csv;

    private CsvPaperErrorWriter(CsvWriter csv) => _csv = csv;

    public static async ValueTask<CsvPaperErrorWriter> CreateAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        // UTF-8 with a BOM: without it Excel shows Vietnamese as mojibake.
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("Dong / Row");
        csv.WriteField("Cot / Column");
        csv.WriteField("Ma loi / Code");
        csv.WriteField("Noi dung / Message");
        await csv.NextRecordAsync().ConfigureAwait(false);
        return new CsvPaperErrorWriter(csv);
    }

    public async ValueTask WriteAsync(PaperImportError problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        cancellationToken.ThrowIfCancellationRequested();
        _csv.WriteField(problem.Row);
        _csv.WriteField(problem.Column);
        _csv.WriteField(problem.ErrorCode);
        _csv.WriteField(problem.Message);
        await _csv.NextRecordAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
