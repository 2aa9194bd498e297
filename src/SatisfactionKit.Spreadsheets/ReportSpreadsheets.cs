using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using SatisfactionKit.Reports;

namespace SatisfactionKit.Spreadsheets;

/// <summary>
/// Writes reports as Excel (.xlsx, one sheet per view) and CSV (one view), laid out by
/// <see cref="ReportTables"/>. The national portal's JSON is Core's <see cref="ReportExport"/>.
/// </summary>
public static class ReportSpreadsheets
{
    /// <summary>Writes every view of <paramref name="report"/> (see <see cref="ReportTables.All"/>) as one sheet of an .xlsx workbook.</summary>
    public static async Task WriteExcelAsync(SatisfactionReport report, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in ReportTables.All(report))
        {
            sheets[table.Name] = table.Rows.Select(row =>
            {
                // MiniExcel writes a dictionary's keys as the header row, in insertion order.
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < table.Headers.Count; i++)
                {
                    cells[table.Headers[i]] = row[i];
                }

                return cells;
            }).ToList();
        }

        await MiniExcel.SaveAsAsync(destination, sheets, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one view of <paramref name="report"/> as CSV (comma, invariant numbers, UTF-8 as the writer encodes it).</summary>
    public static async Task WriteCsvAsync(SatisfactionReport report, ReportView view, TextWriter destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var table = ReportTables.Build(report, view);
        var csv = new CsvWriter(destination, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
            foreach (var row in table.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var cell in row)
                {
                    csv.WriteField(cell is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : cell?.ToString());
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
            }

            await csv.FlushAsync().ConfigureAwait(false);
        }
    }
}
