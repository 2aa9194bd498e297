namespace SatisfactionKit.Devices.Profiles;

/// <summary>What a decoder made of one input.</summary>
public enum DecodeOutcome
{
    /// <summary>A button was pressed.</summary>
    Press = 0,

    /// <summary>A valid input that is not a press (a release, an idle report).</summary>
    NoPress = 1,

    /// <summary>The input is shorter than one report.</summary>
    Truncated = 2,

    /// <summary>The input is longer than one report.</summary>
    Oversized = 3,

    /// <summary>The report id is not the profile's input report id.</summary>
    WrongReportId = 4,

    /// <summary>The input names no button of the profile.</summary>
    UnknownButton = 5,

    /// <summary>Several buttons at once: no press is guessed.</summary>
    Ambiguous = 6,

    /// <summary>A line the profile says is not a press (<see cref="SerialFraming.IgnorePattern"/>, e.g. a heartbeat): dropped silently.</summary>
    Ignored = 7,
}
