namespace SatisfactionKit.Devices.Profiles;

/// <summary>The result of decoding one input.</summary>
/// <param name="Outcome">What the input was.</param>
/// <param name="Button">The pressed button when <paramref name="Outcome"/> is <see cref="DecodeOutcome.Press"/>.</param>
public readonly record struct DecodeResult(DecodeOutcome Outcome, PadButton? Button = null)
{
    /// <summary>Whether the input was a press.</summary>
    public bool IsPress => Outcome == DecodeOutcome.Press && Button is not null;

    /// <summary>Whether the input was malformed (truncated, oversized, wrong id, unknown, ambiguous); an ignored line is not.</summary>
    public bool IsMalformed => Outcome is not (DecodeOutcome.Press or DecodeOutcome.NoPress or DecodeOutcome.Ignored);
}
