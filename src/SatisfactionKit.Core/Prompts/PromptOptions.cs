using SatisfactionKit.Schemes;

namespace SatisfactionKit.Prompts;

/// <summary>
/// What the prompt coordinator reads of <c>SatisfactionKitOptions</c>: a view copied from it by
/// <c>AddSatisfactionKit</c>, so that the prompt flow does not depend on the package's root namespace.
/// Set the values on <c>SatisfactionKitOptions</c>, where they are validated; here they are read-only.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The scheme of a prompt that names none.</summary>
    public RatingScheme DefaultScheme { get; internal set; } = RatingSchemes.Hanoi2014;

    /// <summary>How long a counter prompt waits for the citizen's first answer.</summary>
    public TimeSpan PromptTimeout { get; internal set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a follow-up step (which criteria, reasons) waits.</summary>
    public TimeSpan FollowUpTimeout { get; internal set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether a dissatisfied-criteria follow-up collects several criteria until a confirm press or its timeout.</summary>
    public bool CollectSeveralCriteria { get; internal set; }

    /// <summary>Presses faster than this after the last accepted press at the same counter are not ratings.</summary>
    public TimeSpan MinimumResponseInterval { get; internal set; } = TimeSpan.FromSeconds(3);
}
