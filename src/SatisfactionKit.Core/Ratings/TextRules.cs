namespace SatisfactionKit.Ratings;

/// <summary>
/// Finds what a database cannot keep as text, or keeps unseen: a control character (NUL, escape…) or a
/// broken UTF-16 pair. PostgreSQL refuses NUL outright (a server error, not a clear refusal) and SQLite
/// stores it silently, so the library and the server package stop both before any database sees them.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// The index of the first control character or lone surrogate of <paramref name="text"/>, or -1 when
    /// there is none; line breaks and tabs pass when <paramref name="allowLineBreaks"/> (a comment).
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="allowLineBreaks">Whether <c>\n</c>, <c>\r</c> and <c>\t</c> are text.</param>
    public static int FirstInvalidCharacter(string? text, bool allowLineBreaks = false)
    {
        if (text is null)
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t'))
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
