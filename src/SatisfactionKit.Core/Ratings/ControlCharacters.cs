namespace SatisfactionKit.Ratings;

/// <summary>
/// Finds control characters in text a rating carries. A NUL or an escape is never part of a dossier
/// code or a comment; PostgreSQL refuses NUL in text outright (a server error, not a clear refusal) and
/// SQLite stores it silently, so both are stopped here, before any database sees them.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The index of the first control character of <paramref name="text"/>, or -1; line breaks and tabs pass when <paramref name="allowLineBreaks"/>.</summary>
    public static int IndexOf(string? text, bool allowLineBreaks = false)
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
        }

        return -1;
    }
}
