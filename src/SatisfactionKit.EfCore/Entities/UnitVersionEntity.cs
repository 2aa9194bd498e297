namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="SatisfactionKit.Units.UnitVersion"/>, keyed by unit code and first day.</summary>
internal sealed class UnitVersionEntity
{
    public string UnitCode { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string NameVi { get; set; } = string.Empty;

    public string? NameEn { get; set; }

    public string LevelCode { get; set; } = string.Empty;

    public string? ParentCode { get; set; }
}
