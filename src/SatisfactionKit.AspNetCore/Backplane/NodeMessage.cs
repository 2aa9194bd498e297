using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Backplane;

/// <summary>What nodes tell each other on Redis, as JSON.</summary>
internal sealed record NodeMessage
{
    /// <summary>"status" (a prompt changed, to every node), "press" / "cancel" (to the owner), "reply" (back to the caller).</summary>
    public required string Kind { get; init; }

    public required string From { get; init; }

    public Guid CallId { get; init; }

    public string? UnitCode { get; init; }

    public string? CounterId { get; init; }

    public PromptStatus? Status { get; init; }

    public CounterPress? Press { get; init; }

    public PressResult? PressResult { get; init; }

    public bool Cancelled { get; init; }

    public string? Error { get; init; }
}
