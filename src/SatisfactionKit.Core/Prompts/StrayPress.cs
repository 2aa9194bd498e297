namespace SatisfactionKit.Prompts;

/// <summary>A press that was not a rating, kept for misuse and device-health statistics.</summary>
/// <param name="Id">A time-ordered identifier.</param>
/// <param name="CounterId">The counter pressed.</param>
/// <param name="Reason">Why it was not a rating.</param>
/// <param name="LevelCode">The level pressed, if any.</param>
/// <param name="DeviceId">The device pressed, if known.</param>
/// <param name="PromptId">The prompt it came during or after, if any.</param>
/// <param name="PressedAt">When it was pressed.</param>
/// <param name="UnitCode">The unit of the counter, when known (a press naming its counter alone, at a counter no prompt was ever opened at, has none).</param>
public sealed record StrayPress(
    Guid Id,
    string CounterId,
    StrayPressReason Reason,
    string? LevelCode,
    string? DeviceId,
    Guid? PromptId,
    DateTimeOffset PressedAt,
    string? UnitCode = null);
