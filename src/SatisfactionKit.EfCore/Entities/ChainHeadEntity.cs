namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages (SatisfactionKit.EfCore.Sqlite, .PostgreSql), which write these rows
// with their own statements. The columns mirror the documented properties of the Core type the row
// stores, so they carry no comments of their own.
#pragma warning disable CS1591

/// <summary>
/// The last link of one hash chain. Appending locks this row (an UPDATE, so a row lock on
/// PostgreSQL and the write lock on SQLite), which serialises the appends of one unit while other
/// units append concurrently; it also lets the verifier notice a rating removed from, or forged
/// onto, the chain's tail.
/// </summary>
/// <remarks>For provider packages and read-only queries; may change between minor versions.</remarks>
public sealed class ChainHeadEntity
{
    public string ChainKey { get; set; } = string.Empty;

    /// <summary>The last link's sequence number; 0 for a chain created but not yet appended to.</summary>
    public long Sequence { get; set; }

    /// <summary>The last link's hash; 32 zero bytes before the first link.</summary>
    public byte[] Hash { get; set; } = [];
}
