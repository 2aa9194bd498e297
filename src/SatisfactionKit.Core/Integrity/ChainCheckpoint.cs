namespace SatisfactionKit.Integrity;

/// <summary>
/// A signed statement of a chain's head at a moment: exported and kept outside the database, it
/// lets a later verification detect even a chain rewritten from its start.
/// </summary>
/// <param name="ChainKey">The chain.</param>
/// <param name="Sequence">The head's sequence number.</param>
/// <param name="Hash">The head's hash, base64.</param>
/// <param name="CreatedAt">When the checkpoint was signed.</param>
/// <param name="KeyId">Which signing key was used, so keys can be rotated.</param>
/// <param name="Signature">HMAC-SHA256 over the other fields, base64.</param>
public sealed record ChainCheckpoint(string ChainKey, long Sequence, string Hash, DateTimeOffset CreatedAt, string KeyId, string Signature);
