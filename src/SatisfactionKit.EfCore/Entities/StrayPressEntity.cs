using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="StrayPress"/>.</summary>
internal sealed class StrayPressEntity
{
    public Guid Id { get; set; }

    public string CounterId { get; set; } = string.Empty;

    /// <summary>The counter's unit; null for a press that named its counter alone (an older device or pad).</summary>
    public string? UnitCode { get; set; }

    public StrayPressReason Reason { get; set; }

    public string? LevelCode { get; set; }

    public string? DeviceId { get; set; }

    public Guid? PromptId { get; set; }

    public DateTime PressedAt { get; set; }

    /// <summary>The press's chain, <c>strays:{unit}</c>; null on a row stored before stray presses were chained.</summary>
    public string? ChainKey { get; set; }

    /// <summary>Its position in the chain, from 1 with no gaps.</summary>
    public long? ChainSequence { get; set; }

    /// <summary>The hash of the link before it; 32 zero bytes for the first.</summary>
    public byte[]? PreviousHash { get; set; }

    /// <summary>SHA-256 over the link header, the previous hash and the press's <see cref="SatisfactionKit.Integrity.StrayPressEncoding"/>.</summary>
    public byte[]? Hash { get; set; }

    /// <summary>The <see cref="SatisfactionKit.Integrity.StrayPressEncoding"/> version hashed.</summary>
    public byte? EncodingVersion { get; set; }
}
