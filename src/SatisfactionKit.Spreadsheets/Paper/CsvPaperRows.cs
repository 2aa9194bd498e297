using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.Spreadsheets.Paper;

/// <summary>Streams the data rows of a CSV file (encoding from its byte-order mark, UTF-8 otherwise; delimiter detected; cells trimmed).</summary>
internal static class CsvPaperRows
{
    public static async IAsyncEnumerable<PaperRow> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, TrimOptions = TrimOptions.Trim });
        if (!await csv.ReadAsync().ConfigureAwait(false) || !csv.ReadHeader() || csv.HeaderRecord is not { } headers)
        {
            yield break;
        }

        while (await csv.ReadAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new string?[headers.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                cells[i] = csv.TryGetField<string>(i, out var value) ? value : null;
            }

            // The parser's row is the file's line count so far: the header is row 1, as in a spreadsheet.
            yield return new PaperRow(csv.Parser.Row, headers, cells);
        }
    }
}
