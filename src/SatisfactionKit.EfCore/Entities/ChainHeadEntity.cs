namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The last link of one hash chain. Appending locks this row (an UPDATE, so a row lock on
/// PostgreSQL and the write lock on SQLite), which serialises the appends of one unit while other
/// units append concurrently; it also lets the verifier notice a rating removed from, or forged
/// onto, the chain's tail.
/// </summary>
internal sealed class ChainHeadEntity
{
    public string ChainKey { get; set; } = string.Empty;

    /// <summary>The last link's sequence number; 0 for a chain created but not yet appended to.</summary>
    public long Sequence { get; set; }

    /// <summary>The last link's hash; 32 zero bytes before the first link.</summary>
    public byte[] Hash { get; set; } = [];
}
