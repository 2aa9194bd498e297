using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Hubs;

/// <summary>The server's answer to a press: what became of it and the prompt after it (never the level pressed).</summary>
/// <param name="Disposition">Rated, follow-up requested, refused or stray.</param>
/// <param name="StrayReason">Why it was stray, when it was.</param>
/// <param name="Status">The counter's prompt after the press.</param>
public sealed record PadPressAck(PressDisposition Disposition, StrayPressReason? StrayReason, PromptStatus? Status);
