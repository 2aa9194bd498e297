using System.Globalization;
using System.Text;

namespace SatisfactionKit.Units;

/// <summary>Folding of Vietnamese text for matching names and headers: lower case, no diacritics, <c>đ</c> as <c>d</c>, single spaces.</summary>
internal static class UnitText
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
