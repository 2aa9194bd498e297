using System.Text.Json;

namespace SatisfactionKit.Reports;

/// <summary>
/// Writes the national portal's JSON export. The Excel and CSV exports of a report are in
/// <c>SatisfactionKit.Spreadsheets</c> (<c>ReportSpreadsheets</c>), over the same <see cref="ReportTables"/>.
/// </summary>
public static class ReportExport
{
    /// <summary>
    /// Writes the national portal export: an object with the range and, under <c>dossiers</c>, one entry per
    /// dossier code (ordinal order) with <c>satisfied</c> (true when no rating of the dossier in the range is
    /// dissatisfied), <c>unitCode</c>, <c>ratings</c> and <c>lastRatedAt</c>. The shape is documented in docs/reports.md.
    /// </summary>
    public static async Task WritePortalJsonAsync(ReportFilter filter, IEnumerable<DossierOutcome> dossiers, DateTimeOffset generatedAt, Stream destination, ReportNames? names = null, CancellationToken cancellationToken = default)
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
                // The unit's name beside its code, for people reading the file (the code when the registry lacks it).
                json.WriteString("unitName", (names ?? ReportNames.None).Unit(dossier.UnitCode));
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
