namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a committed <see cref="Ratings.RatingBatchInfo"/>: who imported which paper forms, for the re-check.</summary>
internal sealed class RatingBatchEntity
{
    public Guid Id { get; set; }

    public string BatchId { get; set; } = string.Empty;

    public string EnteredBy { get; set; } = string.Empty;

    public string SourceName { get; set; } = string.Empty;

    public DateTime ImportedAt { get; set; }

    /// <summary>How many ratings the batch stored (those already stored under their idempotency key are not counted).</summary>
    public int RatingCount { get; set; }
}
