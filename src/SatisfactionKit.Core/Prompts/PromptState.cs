namespace SatisfactionKit.Prompts;

/// <summary>Where a counter prompt stands.</summary>
public enum PromptState
{
    /// <summary>Waiting for the citizen's first answer.</summary>
    AwaitingAnswer = 0,

    /// <summary>Waiting for the follow-up (which criteria, or reasons) after a low first answer.</summary>
    AwaitingFollowUp = 1,

    /// <summary>Completed: the rating is stored.</summary>
    Rated = 2,

    /// <summary>Completed: nobody answered in time.</summary>
    Expired = 3,

    /// <summary>Completed: cancelled by the officer or superseded by the next prompt at the counter.</summary>
    Cancelled = 4,

    /// <summary>Completed: the answer was refused by validation (for example, the dossier was already rated).</summary>
    Refused = 5,
}
