namespace SatisfactionKit.Units;

/// <summary>
/// The unit hierarchy as a reader sees it, over the registered <see cref="IUnitSource"/>. The default registry
/// keeps the hierarchy it built for <see cref="UnitRegistryOptions.CacheDuration"/> (until the day changes, or the
/// catalogue is replaced in this process); for many look-ups (a report) take the whole <see cref="UnitHierarchy"/>.
/// Registered by <c>AddSatisfactionKit()</c>.
/// </summary>
public interface IUnitRegistry
{
    /// <summary>The whole hierarchy, validated and indexed.</summary>
    /// <exception cref="UnitCatalogueException">The source's catalogue has errors.</exception>
    ValueTask<UnitHierarchy> GetHierarchyAsync(CancellationToken cancellationToken = default);

    /// <summary>The version of <paramref name="code"/> in effect on <paramref name="asOf"/>, or <see langword="null"/>.</summary>
    ValueTask<UnitVersion?> FindAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>The units above <paramref name="code"/> on <paramref name="asOf"/>, its parent first.</summary>
    ValueTask<IReadOnlyList<UnitVersion>> GetAncestorsAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary><paramref name="code"/> and every unit below it on <paramref name="asOf"/>.</summary>
    ValueTask<IReadOnlyList<UnitVersion>> GetSubtreeAsync(string code, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>The successions carrying <paramref name="code"/>'s history up to today, in order; empty when it has no successor.</summary>
    ValueTask<IReadOnlyList<UnitSuccession>> GetSuccessorChainAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Today's date in Vietnam (UTC+7), by the registered <see cref="TimeProvider"/>: the "now" of successions.</summary>
    DateOnly Today { get; }
}
