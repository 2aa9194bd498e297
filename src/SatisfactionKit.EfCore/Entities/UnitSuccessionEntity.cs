namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="SatisfactionKit.Units.UnitSuccession"/>, keyed by predecessor and successor.</summary>
internal sealed class UnitSuccessionEntity
{
    public string PredecessorCode { get; set; } = string.Empty;

    public string SuccessorCode { get; set; } = string.Empty;

    public DateOnly EffectiveOn { get; set; }

    public bool CarriesHistory { get; set; }
}
