using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace SatisfactionKit.Channels.Paper;

/// <summary>Streams the rows of a CSV or .xlsx file as header → text, one row at a time.</summary>
internal static class PaperFileReader
{
    /// <summary>A data row: its spreadsheet row number and its cells by header as written.</summary>
    internal sealed record Row(int Number, IReadOnlyDictionary<string, string?> Cells);

    public static IEnumerable<Row> Read(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => ReadCsv(path),
            ".XLSX" => ReadXlsx(path),
            _ => throw new NotSupportedException($"Chỉ nhập được tệp .csv hoặc .xlsx / only .csv and .xlsx files can be imported: {path}"),
        };

    private static IEnumerable<Row> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } headers)
        {
            yield break;
        }

        while (csv.Read())
        {
            var cells = new Dictionary<string, string?>(headers.Length, StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                cells[headers[i]] = csv.TryGetField<string>(i, out var value) ? value : null;
            }

            yield return new Row(csv.Parser.Row, cells);
        }
    }

    private static IEnumerable<Row> ReadXlsx(string path)
    {
        var number = 1;
        foreach (IDictionary<string, object?> values in MiniExcel.Query(path, useHeaderRow: true))
        {
            number++;
            yield return new Row(number, values.ToDictionary(v => v.Key, v => Text(v.Value), StringComparer.Ordinal));
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
