using SatisfactionKit.Prompts;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

// Public for the provider packages (SatisfactionKit.EfCore.Sqlite, .PostgreSql), which write these rows
// with their own statements. The columns mirror the documented properties of the Core type the row
// stores, so they carry no comments of their own.
#pragma warning disable CS1591

/// <summary>The row of a completed <see cref="PromptRecord"/>; times in UTC (see <see cref="RatingEntity"/>).</summary>
/// <remarks>For provider packages and read-only queries; may change between minor versions.</remarks>
public sealed class PromptRecordEntity
{
    public Guid Id { get; set; }

    public string CounterId { get; set; } = string.Empty;

    public string DossierCode { get; set; } = string.Empty;

    public string ProcedureCode { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string? OfficerId { get; set; }

    public string? DossierCounterId { get; set; }

    public string SchemeCode { get; set; } = string.Empty;

    public int SchemeVersion { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime ClosedAt { get; set; }

    public PromptState Outcome { get; set; }

    public Guid? RatingId { get; set; }

    public string? IncompleteLevelCode { get; set; }

    public string? Note { get; set; }

    /// <summary>The record's chain, <c>prompts:{unit}</c>; null on a row stored before prompt records were chained.</summary>
    public string? ChainKey { get; set; }

    /// <summary>Its position in the chain, from 1 with no gaps.</summary>
    public long? ChainSequence { get; set; }

    /// <summary>The hash of the link before it; 32 zero bytes for the first.</summary>
    public byte[]? PreviousHash { get; set; }

    /// <summary>SHA-256 over the link header, the previous hash and the record's <see cref="SatisfactionKit.Integrity.PromptRecordEncoding"/>.</summary>
    public byte[]? Hash { get; set; }

    /// <summary>The <see cref="SatisfactionKit.Integrity.PromptRecordEncoding"/> version hashed.</summary>
    public byte? EncodingVersion { get; set; }
}
