namespace SatisfactionKit.Units;

/// <summary>How long the <see cref="IUnitRegistry"/> keeps the hierarchy it built from the <see cref="IUnitSource"/>.</summary>
public sealed class UnitRegistryOptions
{
    /// <summary>
    /// How long a built <see cref="UnitHierarchy"/> is reused before the catalogue is read again. Default five
    /// minutes; <see cref="TimeSpan.Zero"/> reads the catalogue on every call. The hierarchy is also rebuilt when
    /// the day changes in Vietnam (it is "as of today") and at once, in this process, when the catalogue is
    /// replaced through <see cref="IUnitStore"/> or a change is announced through <see cref="IUnitCatalogueChangeNotifier"/>.
    /// Other processes (nodes) see a replaced catalogue after at most this long.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
