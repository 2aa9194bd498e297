namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// Output report templates (hex, report id first, e.g. <c>"02 0F"</c>) sent to the pad per prompt
/// state; a missing template means the pad has no output for that state.
/// </summary>
public sealed class PadOutputs
{
    /// <summary>No prompt open.</summary>
    public string? Idle { get; set; }

    /// <summary>A prompt waits for the citizen's rating.</summary>
    public string? Awaiting { get; set; }

    /// <summary>The rating was stored.</summary>
    public string? ThankYou { get; set; }

    /// <summary>The prompt was refused or failed.</summary>
    public string? Error { get; set; }
}
