namespace SatisfactionKit.Units.Import;

/// <summary>The outcome of a unit catalogue import: stored whole, or not at all and the errors.</summary>
/// <param name="VersionRows">Rows read from the units file.</param>
/// <param name="SuccessionRows">Rows read from the successions file.</param>
/// <param name="Errors">Every error, each naming its file, row and column; empty when the catalogue was stored.</param>
public sealed record UnitImportResult(int VersionRows, int SuccessionRows, IReadOnlyList<UnitCatalogueError> Errors)
{
    /// <summary>Whether the catalogue was stored (there was no error).</summary>
    public bool Succeeded => Errors.Count == 0;
}
