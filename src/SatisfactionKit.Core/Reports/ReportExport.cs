using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace SatisfactionKit.Reports;

/// <summary>Writes reports as Excel (.xlsx, one sheet per view), CSV (one view) and the national portal's JSON.</summary>
public static class ReportExport
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

    /// <summary>
    /// Writes the national portal export: an object with the range and, under <c>dossiers</c>, one entry per
    /// dossier code (ordinal order) with <c>satisfied</c> (true when no rating of the dossier in the range is
    /// dissatisfied), <c>unitCode</c>, <c>ratings</c> and <c>lastRatedAt</c>. The shape is documented in docs/reports.md.
    /// </summary>
    public static async Task WritePortalJsonAsync(ReportFilter filter, IEnumerable<DossierOutcome> dossiers, DateTimeOffset generatedAt, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(destination);
        var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("from", filter.From);
            json.WriteString("to", filter.To);
            json.WriteString("generatedAt", generatedAt);
            json.WriteStartObject("dossiers");
            foreach (var dossier in dossiers.OrderBy(d => d.DossierCode, StringComparer.Ordinal))
            {
                json.WriteStartObject(dossier.DossierCode);
                json.WriteBoolean("satisfied", dossier.IsSatisfied);
                json.WriteString("unitCode", dossier.UnitCode);
                json.WriteNumber("ratings", dossier.Ratings);
                json.WriteString("lastRatedAt", dossier.LastRatedAt);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
