namespace SatisfactionKit.Units;

/// <summary>A unit catalogue SatisfactionKit keeps itself: read as an <see cref="IUnitSource"/>, replaced as a whole.</summary>
public interface IUnitStore : IUnitSource
{
    /// <summary>
    /// Replaces the whole catalogue with <paramref name="catalogue"/>, all or none: validated first
    /// (<see cref="UnitCatalogueValidator"/> with <paramref name="today"/>), then written in one transaction.
    /// </summary>
    /// <exception cref="UnitCatalogueException">The catalogue has errors; nothing was changed.</exception>
    ValueTask ReplaceAsync(UnitCatalogue catalogue, DateOnly today, CancellationToken cancellationToken = default);
}
