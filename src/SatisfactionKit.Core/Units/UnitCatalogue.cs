namespace SatisfactionKit.Units;

/// <summary>
/// Every unit version and succession, as one whole: what an <see cref="IUnitSource"/> supplies, an
/// <see cref="IUnitStore"/> keeps, and <see cref="UnitCatalogueValidator"/> checks. Errors name rows by
/// their position in <see cref="Versions"/> or <see cref="Successions"/> (the first is row 1).
/// </summary>
/// <param name="Versions">Every version of every unit.</param>
/// <param name="Successions">Every succession (merger, split, change of code).</param>
public sealed record UnitCatalogue(IReadOnlyList<UnitVersion> Versions, IReadOnlyList<UnitSuccession> Successions)
{
    /// <summary>A catalogue with no units.</summary>
    public static UnitCatalogue Empty { get; } = new([], []);
}
