using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using SatisfactionKit.Units.Import;

namespace SatisfactionKit.Spreadsheets.Units;

/// <summary>
/// The <see cref="IUnitCatalogueFiles"/> of <c>AddSpreadsheets()</c>: CSV files (encoding from the byte-order mark,
/// UTF-8 otherwise; delimiter detected; cells trimmed), every cell read as text so that codes keep their
/// leading zeros. A file CsvHelper cannot parse is an <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class CsvUnitCatalogueFiles : IUnitCatalogueFiles
{
    public IAsyncEnumerable<UnitFileRow> ReadRowsAsync(string filePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        if (!string.Equals(Path.GetExtension(filePath), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"Danh mục đơn vị chỉ nhập từ tệp .csv: '{Path.GetFileName(filePath)}'. / The unit catalogue is imported from .csv files only: '{Path.GetFileName(filePath)}'.");
        }

        return ReadAsync(filePath, cancellationToken);
    }

    private static async IAsyncEnumerable<UnitFileRow> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, TrimOptions = TrimOptions.Trim });
        string[] headers;
        try
        {
            if (!await csv.ReadAsync().ConfigureAwait(false) || !csv.ReadHeader() || csv.HeaderRecord is not { } read)
            {
                yield break;
            }

            headers = read;
        }
        catch (CsvHelperException ex)
        {
            throw new InvalidDataException(ex.Message, ex);
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string?[] cells;
            try
            {
                if (!await csv.ReadAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                cells = new string?[headers.Length];
                for (var i = 0; i < headers.Length; i++)
                {
                    cells[i] = csv.TryGetField<string>(i, out var value) ? value : null;
                }
            }
            catch (CsvHelperException ex)
            {
                throw new InvalidDataException(ex.Message, ex);
            }

            // The parser's row is the file's line count so far: the header is row 1, as in a spreadsheet.
            yield return new UnitFileRow(csv.Parser.Row, headers, cells);
        }
    }
}
