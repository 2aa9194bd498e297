namespace SatisfactionKit.Units;

/// <summary>
/// The default <see cref="IUnitCatalogueChangeNotifier"/>: a version number the <see cref="UnitRegistry"/> compares
/// with the one its cached hierarchy was read under. A change during a read leaves that read's result stale.
/// </summary>
internal sealed class UnitCatalogueChangeSignal : IUnitCatalogueChangeNotifier
{
    private long _version;

    /// <summary>The number of changes announced so far.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void NotifyCatalogueChanged() => Interlocked.Increment(ref _version);
}
