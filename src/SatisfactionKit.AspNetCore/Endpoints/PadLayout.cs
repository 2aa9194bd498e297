namespace SatisfactionKit.Server.Endpoints;

/// <summary>What a counter's screen or on-screen pad shows: the buttons of the default scheme.</summary>
/// <param name="SchemeCode">The scheme.</param>
/// <param name="Levels">Its levels, best first.</param>
/// <param name="Criteria">Its criteria (a dissatisfied-criteria follow-up).</param>
/// <param name="Reasons">Its follow-up reasons.</param>
public sealed record PadLayout(string SchemeCode, IReadOnlyList<PadButton> Levels, IReadOnlyList<PadButton> Criteria, IReadOnlyList<PadButton> Reasons);

/// <summary>One button: its code and its label in Vietnamese and English.</summary>
/// <param name="Code">The level, criterion or reason code.</param>
/// <param name="Vi">The Vietnamese label.</param>
/// <param name="En">The English label.</param>
/// <param name="Satisfied">For a level: whether it counts as satisfied.</param>
public sealed record PadButton(string Code, string Vi, string En, bool Satisfied = false);
