namespace SatisfactionKit.Channels;

/// <summary>A text message received from a citizen.</summary>
/// <param name="PhoneNumber">The sender's number.</param>
/// <param name="Text">The message, expected as <c>DG &lt;dossier code&gt; &lt;level&gt;</c>.</param>
/// <param name="MessageId">The gateway's message identifier, used as the idempotency key so a redelivered message is stored once.</param>
public sealed record SmsReply(string PhoneNumber, string Text, string? MessageId = null);
