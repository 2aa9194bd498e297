using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>The score totals (TT01/2018) of one unit of a roll-up: dossiers, totals and bands added up over the unit's recorded codes.</summary>
/// <param name="Unit">The unit of the row as of the roll-up's date, or <see langword="null"/> for units outside the hierarchy then.</param>
/// <param name="Figures">The totals and bands; <see cref="ScoreTotalRow.Key"/> is the unit's code (empty outside the hierarchy).</param>
/// <param name="RecordedCodes">The unit codes the ratings were recorded against, in code order.</param>
public sealed record UnitScoreTotalRow(UnitVersion? Unit, ScoreTotalRow Figures, IReadOnlyList<string> RecordedCodes)
{
    /// <summary>The row's unit code; empty outside the hierarchy.</summary>
    public string UnitCode => Unit?.Code ?? string.Empty;

    /// <summary>The row's name: the unit's, or <see cref="UnitSatisfactionRow.OutsideName"/>.</summary>
    public UnitName Name => Unit?.Name ?? UnitSatisfactionRow.OutsideName;
}
