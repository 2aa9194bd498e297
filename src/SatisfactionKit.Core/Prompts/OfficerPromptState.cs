namespace SatisfactionKit.Prompts;

/// <summary>
/// What the officer at the counter may know of a prompt: that it waits, is done, ran out of time or was
/// cancelled — nothing that depends on what the citizen pressed (a follow-up step follows only a
/// dissatisfied press, so "choosing more" would tell the officer the citizen was dissatisfied).
/// </summary>
public enum OfficerPromptState
{
    /// <summary>The prompt is open: the citizen has not finished (whatever step they are at).</summary>
    Waiting = 0,

    /// <summary>The citizen finished; the rating was stored (or refused by validation, which the officer does not need to tell apart).</summary>
    Done = 1,

    /// <summary>The citizen did not answer in time.</summary>
    Expired = 2,

    /// <summary>The prompt was cancelled at the counter.</summary>
    Cancelled = 3,

    /// <summary>
    /// The prompt is open but no device of the counter is connected (the counter PC's agent is stopped or cut off,
    /// or its pad is unplugged): the citizen cannot answer until it is back. The officer may cancel and rate another way.
    /// </summary>
    PadOffline = 4,
}
