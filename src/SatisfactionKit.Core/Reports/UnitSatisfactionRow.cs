using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>The figures of one unit in a roll-up, with its name.</summary>
/// <param name="Unit">The unit of the row as of the roll-up's date, or <see langword="null"/> for the ratings of units outside the hierarchy then.</param>
/// <param name="Figures">The figures; <see cref="SatisfactionRow.Key"/> is the unit's code (empty outside the hierarchy).</param>
/// <param name="RecordedCodes">The unit codes the ratings were recorded against, in code order (several when merged units' history is attributed to their successor).</param>
public sealed record UnitSatisfactionRow(UnitVersion? Unit, SatisfactionRow Figures, IReadOnlyList<string> RecordedCodes)
{
    /// <summary>The row's unit code; empty outside the hierarchy.</summary>
    public string UnitCode => Unit?.Code ?? string.Empty;

    /// <summary>The row's name: the unit's, or "Ngoài danh mục đơn vị" / "Outside the unit hierarchy".</summary>
    public UnitName Name => Unit?.Name ?? OutsideName;

    /// <summary>Whether this row holds the ratings of units not in the hierarchy on the roll-up's date.</summary>
    public bool IsOutsideHierarchy => Unit is null;

    /// <summary>The name of the row of units outside the hierarchy.</summary>
    public static UnitName OutsideName { get; } = new("Ngoài danh mục đơn vị tại ngày báo cáo", "Outside the unit hierarchy on the report's date");
}
