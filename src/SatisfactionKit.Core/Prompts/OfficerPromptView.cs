namespace SatisfactionKit.Prompts;

/// <summary>
/// A prompt as the officer's screen shows it (<see cref="OfficerPromptState"/>): no step, no deadline (a
/// follow-up moves it), nothing the citizen's choice changes. Of two prompts, one rated satisfied and one
/// dissatisfied, the officer's views are the same.
/// </summary>
/// <param name="PromptId">The prompt.</param>
/// <param name="UnitCode">The counter's unit.</param>
/// <param name="CounterId">The counter.</param>
/// <param name="DossierCode">The dossier whose result was returned.</param>
/// <param name="State">Waiting, done, expired or cancelled.</param>
/// <param name="OpenedAt">When the prompt opened.</param>
public sealed record OfficerPromptView(Guid PromptId, string UnitCode, string CounterId, string DossierCode, OfficerPromptState State, DateTimeOffset OpenedAt)
{
    /// <summary>The officer's view of <paramref name="status"/>.</summary>
    public static OfficerPromptView Of(PromptStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var state = status.State switch
        {
            PromptState.AwaitingAnswer or PromptState.AwaitingFollowUp => OfficerPromptState.Waiting,
            PromptState.Expired => OfficerPromptState.Expired,
            PromptState.Cancelled => OfficerPromptState.Cancelled,
            _ => OfficerPromptState.Done,
        };
        return new OfficerPromptView(status.PromptId, status.UnitCode, status.CounterId, status.DossierCode, state, status.OpenedAt);
    }
}
