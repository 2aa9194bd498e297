using System.Globalization;
using System.Runtime.CompilerServices;
using MiniExcelLibs;
using SatisfactionKit.Channels.Paper;

namespace SatisfactionKit.Spreadsheets.Paper;

/// <summary>Streams the data rows of the first sheet of an .xlsx file; numbers and dates become invariant text.</summary>
internal static class XlsxPaperRows
{
    public static async IAsyncEnumerable<PaperRow> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string[]? headers = null;
        var number = 1;
        foreach (IDictionary<string, object?> values in MiniExcel.Query(path, useHeaderRow: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            headers ??= [.. values.Keys];
            var cells = new string?[headers.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                cells[i] = values.TryGetValue(headers[i], out var value) ? Text(value) : null;
            }

            yield return new PaperRow(number, headers, cells);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim(),
    };
}
