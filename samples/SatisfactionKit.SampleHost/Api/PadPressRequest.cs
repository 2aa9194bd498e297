namespace SatisfactionKit.SampleHost.Api;

/// <summary>A press on the simulated pad: a level first, then criteria or reasons for a follow-up.</summary>
public sealed record PadPressRequest(string? LevelCode, IReadOnlyList<string>? CriterionCodes, IReadOnlyList<string>? ReasonCodes);
