namespace SatisfactionKit.EntityFrameworkCore;

/// <summary>
/// Thrown when a <c>SaveChanges</c> would change or delete a stored rating or one of its answers,
/// conditions or reasons. Ratings are append-only evidence: a wrong rating is answered by a new record,
/// never by editing the old one.
/// </summary>
public sealed class AppendOnlyViolationException : InvalidOperationException
{
    /// <summary>Creates the exception with the default bilingual message.</summary>
    public AppendOnlyViolationException()
        : base(DefaultMessage("?", "?"))
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public AppendOnlyViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AppendOnlyViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static string DefaultMessage(string what, string action) =>
        $"Đánh giá đã lưu không được sửa hoặc xóa (thao tác: {action} {what}). / " +
        $"A stored rating can be neither modified nor deleted (attempted: {action} {what}). Ratings are append-only.";
}
