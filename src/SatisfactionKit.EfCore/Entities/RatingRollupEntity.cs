using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages (SatisfactionKit.EfCore.Sqlite, .PostgreSql), which add to these rows
// with their own statements.
#pragma warning disable CS1591

/// <summary>
/// One cell of the ratings' exact roll-ups: how many ratings, and how many satisfied, fall in one period
/// of one roll-up <see cref="Cube"/> for one combination of its dimensions. Kept in the transaction that
/// stores the ratings, so a report that reads cells never disagrees with the ratings.
/// </summary>
/// <remarks>
/// A dimension the cube does not keep, or a rating without it, is the empty string (never NULL, so that the
/// cell's identity is plain equality on every database). For provider packages and read-only queries; may
/// change between minor versions.
/// </remarks>
public sealed class RatingRollupEntity
{
    /// <summary>The first 16 bytes of SHA-256 over the cell's dimensions: its identity, unique.</summary>
    public byte[] CellKey { get; set; } = [];
    public short Cube { get; set; }
    /// <summary>The start of the cell's period in the reporting time zone's wall-clock time (stored as UTC-kind).</summary>
    public DateTime Period { get; set; }
    public string ChainKey { get; set; } = string.Empty;
    public string UnitCode { get; set; } = string.Empty;
    public string ProcedureCode { get; set; } = string.Empty;
    public string OfficerId { get; set; } = string.Empty;
    public string CounterId { get; set; } = string.Empty;
    public RatingChannel Channel { get; set; }
    public string SchemeCode { get; set; } = string.Empty;
    public int SchemeVersion { get; set; }
    public long Count { get; set; }
    public long Satisfied { get; set; }
    /// <summary>
    /// The cell's dissatisfied ratings that have a dossier: added up across cells, less the repeats
    /// <see cref="DissatisfiedDossierEntity"/> points at, it is the distinct count of dissatisfied dossiers.
    /// </summary>
    public long DissatisfiedWithDossier { get; set; }
}
