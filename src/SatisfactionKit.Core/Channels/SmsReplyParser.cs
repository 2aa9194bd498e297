using System.Globalization;
using System.Text;

namespace SatisfactionKit.Channels;

/// <summary>Reads <c>DG &lt;dossier&gt; &lt;level&gt;</c>, tolerant of case, diacritics (<c>ĐG</c>) and extra spaces.</summary>
internal static class SmsReplyParser
{
    public static bool TryParse(string? text, string keyword, out string dossierCode, out string level)
    {
        dossierCode = level = string.Empty;
        var words = text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (words.Length != 3 || !string.Equals(Fold(words[0]), Fold(keyword), StringComparison.Ordinal))
        {
            return false;
        }

        // The dossier code keeps its case: codes come from the one-stop software as they are.
        dossierCode = words[1];
        level = Fold(words[2]);
        return true;
    }

    /// <summary>Upper case without diacritics: phones without Vietnamese input send <c>dg</c> for <c>ĐG</c>, <c>khl</c> for <c>KHL</c>.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
