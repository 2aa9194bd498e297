using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages (SatisfactionKit.EfCore.Sqlite, .PostgreSql), which write these rows
// with their own statements. The columns mirror the documented properties of the Core type the row
// stores, so they carry no comments of their own.
#pragma warning disable CS1591

/// <summary>
/// The row of a stored <see cref="Rating"/>. The dossier reference is flattened into columns so that
/// reports filter and group by unit, procedure and officer in SQL. Times are UTC
/// <see cref="DateTime"/> rather than <see cref="DateTimeOffset"/> because SQLite cannot compare or
/// order <see cref="DateTimeOffset"/> in SQL, and PostgreSQL's <c>timestamptz</c> keeps no offset anyway.
/// </summary>
/// <remarks>For provider packages and read-only queries; may change between minor versions.</remarks>
public sealed class RatingEntity
{
    public Guid Id { get; set; }

    public string SchemeCode { get; set; } = string.Empty;

    public int SchemeVersion { get; set; }

    public string? DossierCode { get; set; }

    public string? ProcedureCode { get; set; }

    public string? UnitCode { get; set; }

    public string? OfficerId { get; set; }

    public string? CounterId { get; set; }

    public string? SurveyId { get; set; }

    public RatingChannel Channel { get; set; }

    public bool IsSatisfied { get; set; }

    public string? Comment { get; set; }

    public DateTime? ResultReturnedAt { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string? DeviceId { get; set; }

    public Guid? PromptId { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>See <see cref="DossierSlots"/>: unique, so that the database refuses a second rating of a dossier.</summary>
    public string? DossierSlot { get; set; }

    /// <summary>The hash chain the rating is linked into: its unit code, or <c>survey:{id}</c>.</summary>
    public string ChainKey { get; set; } = string.Empty;

    /// <summary>Its place in the chain, from 1 with no gaps; unique with <see cref="ChainKey"/>, so a chain cannot fork.</summary>
    public long ChainSequence { get; set; }

    /// <summary>The previous link's hash (32 zero bytes for the first).</summary>
    public byte[] PreviousHash { get; set; } = [];

    /// <summary>SHA-256 over the link and the rating's canonical encoding (<see cref="global::SatisfactionKit.Integrity.RatingChain"/>).</summary>
    public byte[] Hash { get; set; } = [];

    /// <summary>The <see cref="global::SatisfactionKit.Integrity.RatingEncoding"/> version hashed.</summary>
    public byte EncodingVersion { get; set; }

    public List<RatingAnswerEntity> Answers { get; set; } = [];

    public List<RatingChoiceEntity> Choices { get; set; } = [];
}
