namespace SatisfactionKit.Units;

/// <summary>
/// Tells the <see cref="IUnitRegistry"/> of this process that the unit catalogue has changed, so that the next
/// call reads it again instead of answering from its cache (<see cref="UnitRegistryOptions.CacheDuration"/>).
/// SatisfactionKit's own <see cref="IUnitStore"/> calls it after <see cref="IUnitStore.ReplaceAsync"/>; a vendor
/// whose <see cref="IUnitSource"/> reads its own tables calls it after changing them. Registered by
/// <c>AddSatisfactionKit()</c>.
/// </summary>
public interface IUnitCatalogueChangeNotifier
{
    /// <summary>Marks the cached hierarchy stale: the next registry call reads the catalogue again. Cheap and thread-safe.</summary>
    void NotifyCatalogueChanged();
}
