using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// What listeners (the pad, the officer's screen) learn of a prompt. It never says which level was
/// chosen: the officer learns only that the prompt completed.
/// </summary>
/// <param name="PromptId">The prompt's identifier.</param>
/// <param name="UnitCode">The unit of the counter it belongs to.</param>
/// <param name="CounterId">The counter it belongs to (its id within the unit).</param>
/// <param name="DossierCode">The dossier it asks about.</param>
/// <param name="SchemeCode">The scheme it asks under.</param>
/// <param name="State">Where it stands.</param>
/// <param name="FollowUp">The follow-up asked for, while <see cref="PromptState.AwaitingFollowUp"/>.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="ExpiresAt">When the current step expires; <see langword="null"/> once completed.</param>
/// <param name="ClosedAt">When it completed; <see langword="null"/> while open.</param>
public sealed record PromptStatus(
    Guid PromptId,
    string UnitCode,
    string CounterId,
    string DossierCode,
    string SchemeCode,
    PromptState State,
    FollowUpKind FollowUp,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? ClosedAt)
{
    /// <summary>Whether the prompt is still waiting for the citizen.</summary>
    public bool IsOpen => State is PromptState.AwaitingAnswer or PromptState.AwaitingFollowUp;

    /// <summary>The counter: (<see cref="UnitCode"/>, <see cref="CounterId"/>).</summary>
    public CounterKey Counter() => new(UnitCode, CounterId);
}
