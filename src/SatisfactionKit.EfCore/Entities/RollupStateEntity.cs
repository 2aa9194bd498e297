namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The one row that says the roll-ups are complete: written by a rebuild, in its transaction, with the
/// time zone the cells' periods were computed in. Reports read the roll-ups only while it is there and
/// names the reporting time zone; without it (a database upgraded from before roll-ups) they read the ratings.
/// </summary>
/// <remarks>For read-only queries; may change between minor versions.</remarks>
public sealed class RollupStateEntity
{
    /// <summary>Always 1: there is one state.</summary>
    public int Id { get; set; }

    /// <summary>The IANA or Windows id of the zone the periods were computed in.</summary>
    public string TimeZoneId { get; set; } = string.Empty;

    /// <summary>
    /// The layout of the cells (the cubes and what a cell counts) the last rebuild wrote: a library that
    /// lays them out otherwise reads the ratings until a rebuild (0: before layouts were numbered).
    /// </summary>
    public int Layout { get; set; }

    /// <summary>When the last rebuild committed (UTC).</summary>
    public DateTime BuiltAt { get; set; }
}
