using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="StrayPress"/>.</summary>
internal sealed class StrayPressEntity
{
    public Guid Id { get; set; }

    public string CounterId { get; set; } = string.Empty;

    /// <summary>The counter's unit; null for a press that named its counter alone (an older device or pad).</summary>
    public string? UnitCode { get; set; }

    public StrayPressReason Reason { get; set; }

    public string? LevelCode { get; set; }

    public string? DeviceId { get; set; }

    public Guid? PromptId { get; set; }

    public DateTime PressedAt { get; set; }
}
