namespace SatisfactionKit.Prompts;

/// <summary>
/// One counter's state in the coordinator. Every change of the counter's prompt (open, answer, expiry,
/// cancel) happens under <see cref="Gate"/>, so counters never wait on each other and a press and an
/// expiry cannot both win.
/// </summary>
internal sealed class CounterSlot
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The open prompt, if any.</summary>
    public ActivePrompt? Current { get; set; }

    /// <summary>The last status published, kept after the prompt closes.</summary>
    public PromptStatus? Last { get; set; }

    /// <summary>When the last press that counted was accepted, for the too-fast filter.</summary>
    public DateTimeOffset? LastAcceptedPressAt { get; set; }
}
