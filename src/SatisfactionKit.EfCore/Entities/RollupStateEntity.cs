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

    /// <summary>When the last rebuild committed (UTC).</summary>
    public DateTime BuiltAt { get; set; }
}
