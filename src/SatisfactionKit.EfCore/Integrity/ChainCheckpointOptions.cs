namespace SatisfactionKit.EntityFrameworkCore.Integrity;

/// <summary>The key chain checkpoints are signed and checked with.</summary>
/// <remarks>
/// Keep the key out of the database and away from its administrators (a key vault, the machine's
/// key store, an environment variable): whoever holds it can sign a rewritten chain.
/// </remarks>
public sealed class ChainCheckpointOptions
{
    /// <summary>Written into each checkpoint, so that keys can be rotated; default <c>default</c>.</summary>
    public string KeyId { get; set; } = "default";

    /// <summary>The HMAC-SHA256 key, at least 32 bytes; checkpoints cannot be made or checked without it.</summary>
    public byte[]? Key { get; set; }
}
