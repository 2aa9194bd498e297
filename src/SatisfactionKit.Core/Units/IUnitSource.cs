namespace SatisfactionKit.Units;

/// <summary>
/// Where the unit catalogue comes from. <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> registers SatisfactionKit's
/// own tables (an <see cref="IUnitStore"/>); a vendor whose one-stop system already keeps its units registers
/// its own <see cref="IUnitSource"/> first, reading them from its tables, instead of copying them
/// (docs/units.md shows how).
/// </summary>
public interface IUnitSource
{
    /// <summary>
    /// Every unit version and succession. Read in one go (a couple of queries, never one per unit); the
    /// registry validates what it gets and refuses a catalogue with errors (<see cref="UnitCatalogueException"/>).
    /// </summary>
    ValueTask<UnitCatalogue> LoadAsync(CancellationToken cancellationToken = default);
}
