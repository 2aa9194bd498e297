namespace SatisfactionKit.Units;

/// <summary>
/// "This unit's subtree": a report narrowed to a unit and every unit below it, as the hierarchy stood on
/// <paramref name="AsOf"/>; as restructured, the history of units merged into the subtree is in it too.
/// The query layer enforces it (<c>ReportFilter.UnitScope</c>), so a provincial official's report cannot
/// reach outside the province.
/// </summary>
/// <param name="UnitCode">The unit at the top of the subtree.</param>
/// <param name="AsOf">The date whose hierarchy decides the subtree.</param>
/// <param name="View">As recorded or as restructured (see <see cref="UnitView"/>).</param>
public sealed record UnitScope(string UnitCode, DateOnly AsOf, UnitView View = UnitView.AsRestructured);
