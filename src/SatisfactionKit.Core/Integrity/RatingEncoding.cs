using System.Buffers;
using SatisfactionKit.Ratings;
using static SatisfactionKit.Integrity.CanonicalWriter;

namespace SatisfactionKit.Integrity;

/// <summary>
/// The canonical, versioned byte form of a rating that the hash chain covers. Every field a report
/// or an audit depends on is in it, in a fixed order, strings length-prefixed in UTF-8, instants as
/// UTC ticks, answers, conditions and reasons sorted, so that the same rating always encodes to the
/// same bytes whatever database it was read back from.
/// </summary>
public static class RatingEncoding
{
    /// <summary>The version of the encoding written by <see cref="Encode(Ratings.Rating)"/>; stored with each link so that it can change later.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>Encodes <paramref name="rating"/> in encoding <see cref="CurrentVersion"/>.</summary>
    public static byte[] Encode(Rating rating)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        Encode(rating, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Encodes <paramref name="rating"/> into <paramref name="buffer"/>, so that a verifier walking
    /// millions of ratings can reuse one buffer instead of allocating one per rating.
    /// </summary>
    public static void Encode(Rating rating, ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.GetSpan(1)[0] = CurrentVersion;
        buffer.Advance(1);
        WriteGuid(buffer, rating.Id);
        WriteString(buffer, rating.SchemeCode);
        WriteInt64(buffer, rating.SchemeVersion);
        WriteString(buffer, rating.Dossier?.DossierCode);
        WriteString(buffer, rating.Dossier?.ProcedureCode);
        WriteString(buffer, rating.Dossier?.UnitCode);
        WriteString(buffer, rating.Dossier?.OfficerId);
        WriteString(buffer, rating.Dossier?.CounterId);
        WriteString(buffer, rating.SurveyId);
        // A rating by unit and officer without a dossier (Đà Nẵng's second path) names them here.
        WriteString(buffer, rating.Officer?.UnitCode);
        WriteString(buffer, rating.Officer?.OfficerId);
        WriteInt64(buffer, (long)rating.Channel);
        var answers = rating.Answers;
        WriteInt64(buffer, answers.Count);
        // Sorted by criterion through a stack index (a stable insertion sort, as OrderBy is stable): a
        // verifier encodes millions of ratings and must not allocate per rating.
        Span<int> order = answers.Count <= MaxStackSort ? stackalloc int[answers.Count] : new int[answers.Count];
        SortIndexes(answers, static a => a.CriterionCode, order);
        foreach (var index in order)
        {
            var answer = answers[index];
            WriteString(buffer, answer.CriterionCode);
            WriteString(buffer, answer.LevelCode);
            WriteInt64(buffer, answer.Value);
            WriteInt64(buffer, answer.IsSatisfied ? 1 : 0);
        }

        WriteStrings(buffer, rating.Conditions);
        WriteStrings(buffer, rating.Reasons);
        WriteString(buffer, rating.Comment);
        WriteInt64(buffer, rating.ResultReturnedAt?.UtcTicks ?? -1);
        WriteInt64(buffer, rating.SubmittedAt.UtcTicks);
        WriteString(buffer, rating.DeviceId);
        WriteGuid(buffer, rating.PromptId ?? Guid.Empty);
        WriteString(buffer, rating.IdempotencyKey);
    }

    private static void WriteStrings(ArrayBufferWriter<byte> buffer, IReadOnlyList<string> values)
    {
        WriteInt64(buffer, values.Count);
        Span<int> order = values.Count <= MaxStackSort ? stackalloc int[values.Count] : new int[values.Count];
        SortIndexes(values, static v => v, order);
        foreach (var index in order)
        {
            WriteString(buffer, values[index]);
        }
    }

    private const int MaxStackSort = 64;

    /// <summary>Fills <paramref name="order"/> with the indexes of <paramref name="values"/> in ordinal order of <paramref name="key"/>, equal keys in their original order.</summary>
    private static void SortIndexes<T>(IReadOnlyList<T> values, Func<T, string> key, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            var current = key(values[i]);
            var j = i;
            while (j > 0 && string.CompareOrdinal(key(values[order[j - 1]]), current) > 0)
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = i;
        }
    }
}
