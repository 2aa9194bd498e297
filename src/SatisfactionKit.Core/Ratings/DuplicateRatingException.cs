namespace SatisfactionKit.Ratings;

/// <summary>
/// A batch of ratings (a paper import) holds a rating whose idempotency key is already stored: the same
/// forms were imported before. Nothing of the batch is stored.
/// </summary>
public sealed class DuplicateRatingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public DuplicateRatingException()
        : this("A rating of the batch is already stored.", string.Empty, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened, in Vietnamese and English.</param>
    public DuplicateRatingException(string message)
        : this(message, string.Empty, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened, in Vietnamese and English.</param>
    /// <param name="innerException">The store's own error.</param>
    public DuplicateRatingException(string message, Exception? innerException)
        : this(message, string.Empty, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened, in Vietnamese and English.</param>
    /// <param name="idempotencyKey">The key found twice.</param>
    /// <param name="innerException">The store's own error.</param>
    public DuplicateRatingException(string message, string idempotencyKey, Exception? innerException)
        : base(message, innerException)
    {
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The idempotency key already stored, for example <c>paper:DOT-2026-10:17</c>.</summary>
    public string IdempotencyKey { get; }
}
