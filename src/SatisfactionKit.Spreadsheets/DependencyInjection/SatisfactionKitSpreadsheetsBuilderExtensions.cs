using Microsoft.Extensions.DependencyInjection.Extensions;
using SatisfactionKit;
using SatisfactionKit.Channels.Paper;
using SatisfactionKit.Spreadsheets.Paper;
using SatisfactionKit.Spreadsheets.Units;
using SatisfactionKit.Units.Import;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds CSV and Excel files to <c>AddSatisfactionKit()</c>.</summary>
public static class SatisfactionKitSpreadsheetsBuilderExtensions
{
    /// <summary>
    /// Lets the paper survey import (<see cref="IPaperSurveyImporter"/>, registered by <c>AddChannels()</c>) read
    /// .csv (UTF-8, delimiter detected) and .xlsx (first sheet) files, and write its error file as CSV
    /// (UTF-8 with a byte-order mark, so that Excel shows Vietnamese). Registers an <see cref="IPaperFiles"/>
    /// with <c>TryAdd</c>, so a vendor's own registered first is kept. The report exports need no
    /// registration: see <see cref="SatisfactionKit.Spreadsheets.ReportSpreadsheets"/>. Also lets the unit catalogue
    /// import (<see cref="IUnitCatalogueImporter"/>) read .csv files (an <see cref="IUnitCatalogueFiles"/>, with <c>TryAdd</c> too).
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddSatisfactionKit()
    ///     .AddEntityFrameworkStores&lt;OneStopDbContext&gt;()
    ///     .AddChannels(o =&gt; o.SigningKey = key)
    ///     .AddSpreadsheets();
    /// </code>
    /// </example>
    public static SatisfactionKitBuilder AddSpreadsheets(this SatisfactionKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IPaperFiles, SpreadsheetPaperFiles>();
        builder.Services.TryAddSingleton<IUnitCatalogueFiles, CsvUnitCatalogueFiles>();
        return builder;
    }
}
