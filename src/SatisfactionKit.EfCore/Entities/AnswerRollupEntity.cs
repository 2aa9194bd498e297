using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages, which add to these rows with their own statements.
#pragma warning disable CS1591

/// <summary>
/// One cell of the answers' exact roll-ups: how many answers of one criterion at one level fall in one
/// period of one roll-up <see cref="Cube"/> for one combination of its dimensions (see <see cref="RatingRollupEntity"/>).
/// </summary>
/// <remarks>
/// <see cref="Conditions"/> holds the rating's condition choices (<c>|C5|</c>, empty for none), so that a
/// report can tell a conditional criterion's valid answers without the rating. For provider packages and
/// read-only queries; may change between minor versions.
/// </remarks>
public sealed class AnswerRollupEntity
{
    /// <summary>The first 16 bytes of SHA-256 over the cell's dimensions: its identity, unique.</summary>
    public byte[] CellKey { get; set; } = [];
    public short Cube { get; set; }
    public DateTime Period { get; set; }
    public string ChainKey { get; set; } = string.Empty;
    public string UnitCode { get; set; } = string.Empty;
    public string ProcedureCode { get; set; } = string.Empty;
    public string OfficerId { get; set; } = string.Empty;
    public string CounterId { get; set; } = string.Empty;
    public RatingChannel Channel { get; set; }
    public string SchemeCode { get; set; } = string.Empty;
    public int SchemeVersion { get; set; }
    public string Conditions { get; set; } = string.Empty;
    public string CriterionCode { get; set; } = string.Empty;
    public string LevelCode { get; set; } = string.Empty;
    public int Value { get; set; }
    public bool IsSatisfied { get; set; }
    public long Count { get; set; }
}
