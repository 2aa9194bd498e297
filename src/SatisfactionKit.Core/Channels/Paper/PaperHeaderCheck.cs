using SatisfactionKit.Localization;

namespace SatisfactionKit.Channels.Paper;

/// <summary>
/// The file-level checks of a paper file's header row, made once before any row is: headers that are not
/// text as written (a file that is not UTF-8, or was converted twice) are said to be so, instead of every
/// row failing "must be tied to a dossier"; required columns present; no column that is neither a form
/// column nor a criterion of any known scheme (it would otherwise be dropped without a word).
/// </summary>
internal static class PaperHeaderCheck
{
    /// <summary>The header row counts as row 1, as in a spreadsheet.</summary>
    private const int HeaderRow = 1;

    public static List<PaperImportError> Check(IReadOnlyList<string> headers, IReadOnlySet<string> knownCriteria)
    {
        var errors = new List<PaperImportError>();
        var folded = headers.Select(h => (Header: h, Key: PaperColumns.Fold(h))).ToList();
        bool Known(string key) => PaperColumns.FormColumns.Contains(key) || knownCriteria.Contains(key);

        var garbled = headers.FirstOrDefault(LooksMisencoded);
        if (garbled is not null || !folded.Any(f => Known(f.Key)))
        {
            var example = garbled ?? headers.FirstOrDefault(h => h.Length > 0) ?? string.Empty;
            errors.Add(Error(string.Empty, ErrorCodes.PaperHeadersUnrecognised, example));
            return errors;
        }

        foreach (var (key, name) in PaperColumns.Required)
        {
            if (!folded.Any(f => f.Key == key))
            {
                errors.Add(Error(name, ErrorCodes.PaperColumnMissing, name));
            }
        }

        foreach (var (header, key) in folded)
        {
            if (key.Length > 0 && !Known(key))
            {
                errors.Add(Error(header, ErrorCodes.PaperColumnUnknown, header, "*"));
            }
        }

        return errors;
    }

    /// <summary>
    /// A replacement character (bytes that are not UTF-8, such as a Windows-1258 file), or a letter from
    /// Latin-1 followed by one of its symbols (UTF-8 read as Windows-1252 and saved again: "mÃ£" for "mã"),
    /// which no Vietnamese word holds.
    /// </summary>
    internal static bool LooksMisencoded(string header)
    {
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (c == '\uFFFD' || (c is >= '\u00C0' and <= '\u00FF' && i + 1 < header.Length && header[i + 1] is >= '\u0080' and <= '\u00BF'))
            {
                return true;
            }
        }

        return false;
    }

    private static PaperImportError Error(string column, string code, params object?[] args) =>
        new(HeaderRow, column, code, Messages.Current(code, args));
}
