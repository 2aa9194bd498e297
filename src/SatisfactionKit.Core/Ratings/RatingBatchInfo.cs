namespace SatisfactionKit.Ratings;

/// <summary>Who entered a batch of paper forms and which survey batch it is, kept for the re-check (<i>phúc tra</i>).</summary>
/// <param name="BatchId">The survey batch (<i>đợt khảo sát</i>); each rating's idempotency key is <c>paper:&lt;BatchId&gt;:&lt;row&gt;</c>.</param>
/// <param name="EnteredBy">The survey staff member who entered the forms.</param>
/// <param name="SourceName">The file imported.</param>
/// <param name="ImportedAt">When.</param>
public sealed record RatingBatchInfo(string BatchId, string EnteredBy, string SourceName, DateTimeOffset ImportedAt);
