namespace SatisfactionKit.Prompts;

/// <summary>Why a press was not taken as a rating.</summary>
public enum StrayPressReason
{
    /// <summary>No prompt was open at the counter.</summary>
    NoOpenPrompt = 0,

    /// <summary>The counter's last prompt was already rated: a second press.</summary>
    SecondPress = 1,

    /// <summary>Faster than the configured response interval after the last accepted press (misuse filter).</summary>
    TooFast = 2,

    /// <summary>The press does not fit the step (a level during a follow-up, a criterion with no follow-up…).</summary>
    UnexpectedInput = 3,

    /// <summary>The level, criterion or reason pressed does not exist in the prompt's scheme.</summary>
    UnknownCode = 4,

    /// <summary>The prompt's scheme cannot be answered by a press (SIPAS's 22 criteria need a screen).</summary>
    SchemeNeedsScreen = 5,
}
