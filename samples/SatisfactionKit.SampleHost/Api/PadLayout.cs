namespace SatisfactionKit.SampleHost.Api;

/// <summary>What the simulated pad shows: the buttons of the counter's scheme.</summary>
public sealed record PadLayout(string SchemeCode, IReadOnlyList<PadButton> Levels, IReadOnlyList<PadButton> Criteria, IReadOnlyList<PadButton> Reasons);

/// <summary>One button: its code and its label in Vietnamese and English.</summary>
public sealed record PadButton(string Code, string Vi, string En, bool Satisfied = false);
