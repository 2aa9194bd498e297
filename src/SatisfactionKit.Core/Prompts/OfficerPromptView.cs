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
    public static OfficerPromptView Of(PromptStatus status) => Of(status, padOnline: true);

    /// <summary>
    /// The officer's view of <paramref name="status"/> when the server knows whether a device of the counter is
    /// connected: an open prompt with no device is <see cref="OfficerPromptState.PadOffline"/>.
    /// </summary>
    /// <param name="status">The prompt.</param>
    /// <param name="padOnline">Whether a device of the counter (an agent with its pad, a tablet) is connected now.</param>
    public static OfficerPromptView Of(PromptStatus status, bool padOnline)
    {
        ArgumentNullException.ThrowIfNull(status);
        var state = status.State switch
        {
            PromptState.AwaitingAnswer or PromptState.AwaitingFollowUp => padOnline ? OfficerPromptState.Waiting : OfficerPromptState.PadOffline,
            PromptState.Expired => OfficerPromptState.Expired,
            PromptState.Cancelled => OfficerPromptState.Cancelled,
            _ => OfficerPromptState.Done,
        };
        return new OfficerPromptView(status.PromptId, status.UnitCode, status.CounterId, status.DossierCode, state, status.OpenedAt);
    }
}
