namespace SatisfactionKit.Units;

/// <summary>How ratings of units that have since changed are placed in the hierarchy.</summary>
public enum UnitView
{
    /// <summary>
    /// As recorded (như đã ghi nhận): every unit where it stood on the chosen date; ratings of units not in
    /// effect on that date (merged away before it, or created after it) are counted outside the hierarchy.
    /// </summary>
    AsRecorded = 0,

    /// <summary>
    /// As restructured (theo cơ cấu hiện hành): every unit's ratings follow its successions up to the chosen
    /// date (today by default), so the history of merged units is attributed to their successor, then
    /// placed where that successor stands on the chosen date.
    /// </summary>
    AsRestructured = 1,
}
