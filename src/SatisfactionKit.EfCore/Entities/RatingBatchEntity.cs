namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The row of a committed <see cref="SatisfactionKit.Ratings.RatingBatchInfo"/>: who entered a file of paper
/// forms, from which file, when, and how many ratings it stored, for the re-check (<i>phúc tra</i>).
/// </summary>
internal sealed class RatingBatchEntity
{
    public Guid Id { get; set; }

    public string BatchId { get; set; } = string.Empty;

    public string EnteredBy { get; set; } = string.Empty;

    public string SourceName { get; set; } = string.Empty;

    public DateTime ImportedAt { get; set; }

    public int RatingCount { get; set; }
}
