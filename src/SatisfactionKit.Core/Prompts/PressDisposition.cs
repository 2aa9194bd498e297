namespace SatisfactionKit.Prompts;

/// <summary>What became of a press.</summary>
public enum PressDisposition
{
    /// <summary>It completed the prompt: a rating is stored.</summary>
    Rated = 0,

    /// <summary>It was a first answer that opened the follow-up step.</summary>
    FollowUpRequested = 1,

    /// <summary>It was accepted as an answer but the rating was refused by validation.</summary>
    Refused = 2,

    /// <summary>It was not a rating (see <see cref="StrayPressReason"/>); it is recorded and counted only.</summary>
    Stray = 3,

    /// <summary>
    /// It named a dissatisfied criterion in a follow-up that collects several: the prompt waits for more,
    /// for a confirm press, or for the follow-up timeout, and then stores them all.
    /// </summary>
    CriterionAdded = 4,
}
