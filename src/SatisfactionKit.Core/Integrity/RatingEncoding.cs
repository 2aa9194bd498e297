using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using SatisfactionKit.Ratings;

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
        WriteInt64(buffer, rating.Answers.Count);
        foreach (var answer in rating.Answers.OrderBy(a => a.CriterionCode, StringComparer.Ordinal))
        {
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
        foreach (var value in values.Order(StringComparer.Ordinal))
        {
            WriteString(buffer, value);
        }
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            WriteInt64(buffer, -1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt64(buffer, length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    private static void WriteGuid(ArrayBufferWriter<byte> buffer, Guid value)
    {
        value.TryWriteBytes(buffer.GetSpan(16), bigEndian: true, out _);
        buffer.Advance(16);
    }
}
