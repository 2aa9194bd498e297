namespace SatisfactionKit.Units.Import;

/// <summary>
/// Imports the unit catalogue from files (columns in docs/units.md), all or none: every row is read and
/// checked, and the catalogue replaces the stored one only when no row has an error. Needs an
/// <see cref="IUnitStore"/> (<c>AddEntityFrameworkStores&lt;TContext&gt;()</c>) and an <see cref="IUnitCatalogueFiles"/>
/// (<c>AddSpreadsheets()</c>).
/// </summary>
public interface IUnitCatalogueImporter
{
    /// <summary>Reads, checks and (when there is no error) stores the catalogue of <paramref name="request"/>.</summary>
    Task<UnitImportResult> ImportAsync(UnitImportRequest request, CancellationToken cancellationToken = default);
}
