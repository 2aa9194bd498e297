using System.Text;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Channels.Paper;

/// <summary>The documented columns and the folding that lets <c>Mã hồ sơ</c>, <c>Ma ho so</c> and <c>ma_ho_so</c> name the same one.</summary>
internal static class PaperColumns
{
    public const string DossierCode = "mahoso";
    public const string ProcedureCode = "mathutuc";
    public const string UnitCode = "madonvi";
    public const string OfficerId = "macanbo";
    public const string ResultReturnedAt = "ngaytraketqua";
    public const string SchemeCode = "botieuchi";
    public const string Conditions = "dieukien";
    public const string Reasons = "lydo";
    public const string Comment = "ykien";

    /// <summary>Lower case, no diacritics, letters and digits only.</summary>
    /// <summary>The form's own columns, folded: every one a file may carry besides the criteria.</summary>
    public static IReadOnlySet<string> FormColumns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DossierCode, ProcedureCode, UnitCode, OfficerId, ResultReturnedAt, SchemeCode, Conditions, Reasons, Comment,
    };

    /// <summary>The columns a file must have: a rating of a dossier is refused without its code or its return date.</summary>
    public static IReadOnlyList<(string Folded, string Name)> Required { get; } = [(DossierCode, "ma_ho_so"), (ResultReturnedAt, "ngay_tra_ket_qua")];

    public static string Fold(string header)
    {
        var folded = Channels.SmsReplyParser.Fold(header);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The criterion a header names, if any: <c>TC1.1</c>, <c>tc 1.1</c> and <c>TC11</c> name <c>TC1.1</c>.</summary>
    public static RatingCriterion? Criterion(RatingScheme scheme, string foldedHeader) =>
        scheme.Criteria.FirstOrDefault(c => Fold(c.Code) == foldedHeader);
}
