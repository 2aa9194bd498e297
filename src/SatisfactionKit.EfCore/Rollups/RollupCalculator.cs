using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Rollups;

/// <summary>
/// The cells a stored rating falls in, one per <see cref="RollupCube"/> (and per answer in the cubes that
/// keep answers). The same code serves the write paths and the rebuild and check, so they cannot disagree.
/// Periods are wall-clock times in the reporting zone, converted exactly (daylight saving included).
/// </summary>
internal sealed class RollupCalculator(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Adds <paramref name="rating"/> (with its answers and choices) to <paramref name="delta"/>.</summary>
    public void Add(RollupDelta delta, RatingEntity rating)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(rating.SubmittedAt, DateTimeKind.Utc), Zone);
        var conditions = Conditions(rating);
        // As the ratings' distinct count sees it: a dissatisfied rating with a dossier code (null: none).
        var dossierDissatisfied = false;
        if (!rating.IsSatisfied && rating.DossierCode is { } dossierCode)
        {
            delta.AddDissatisfiedDossier(dossierCode);
            dossierDissatisfied = true;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        var answerBuffer = new ArrayBufferWriter<byte>(320);
        foreach (var cube in RollupCube.All)
        {
            var cell = new RatingRollupEntity
            {
                Cube = cube.Id,
                Period = cube.PeriodOf(local),
                ChainKey = rating.ChainKey,
                UnitCode = rating.UnitCode ?? string.Empty,
                ProcedureCode = Kept(cube, RollupDimensions.Procedure, rating.ProcedureCode),
                OfficerId = Kept(cube, RollupDimensions.Officer, rating.OfficerId),
                CounterId = Kept(cube, RollupDimensions.Counter, rating.CounterId),
                Channel = rating.Channel,
                SchemeCode = rating.SchemeCode,
                SchemeVersion = rating.SchemeVersion,
                Count = 1,
                Satisfied = rating.IsSatisfied ? 1 : 0,
                DissatisfiedWithDossier = dossierDissatisfied ? 1 : 0,
            };
            buffer.ResetWrittenCount();
            WriteDimensions(buffer, cell);
            cell.CellKey = Hash(buffer);
            delta.Add(cell);
            if (!cube.Answers)
            {
                continue;
            }

            foreach (var answer in rating.Answers)
            {
                var answerCell = new AnswerRollupEntity
                {
                    Cube = cell.Cube, Period = cell.Period, ChainKey = cell.ChainKey, UnitCode = cell.UnitCode, ProcedureCode = cell.ProcedureCode,
                    OfficerId = cell.OfficerId, CounterId = cell.CounterId, Channel = cell.Channel, SchemeCode = cell.SchemeCode, SchemeVersion = cell.SchemeVersion,
                    Conditions = conditions, CriterionCode = answer.CriterionCode, LevelCode = answer.LevelCode, Value = answer.Value, IsSatisfied = answer.IsSatisfied,
                    Count = 1,
                };
                answerBuffer.ResetWrittenCount();
                answerBuffer.Write(buffer.WrittenSpan);
                WriteString(answerBuffer, "answer");
                WriteString(answerBuffer, answerCell.Conditions);
                WriteString(answerBuffer, answerCell.CriterionCode);
                WriteString(answerBuffer, answerCell.LevelCode);
                WriteInt(answerBuffer, answerCell.Value);
                WriteInt(answerBuffer, answerCell.IsSatisfied ? 1 : 0);
                answerCell.CellKey = Hash(answerBuffer);
                delta.Add(answerCell);
            }
        }
    }

    /// <summary>The rating's condition choices as <c>|C1|C5|</c> (ordinal order), or empty.</summary>
    public static string Conditions(RatingEntity rating)
    {
        var codes = rating.Choices.Where(c => c.Kind == RatingChoiceKind.Condition).Select(c => c.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? string.Empty : "|" + string.Join('|', codes) + "|";
    }

    private static string Kept(RollupCube cube, RollupDimensions dimension, string? value) =>
        (cube.Dimensions & dimension) != 0 ? value ?? string.Empty : string.Empty;

    private static void WriteDimensions(ArrayBufferWriter<byte> buffer, RatingRollupEntity cell)
    {
        WriteInt(buffer, cell.Cube);
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), cell.Period.Ticks);
        buffer.Advance(8);
        WriteString(buffer, cell.ChainKey);
        WriteString(buffer, cell.UnitCode);
        WriteString(buffer, cell.ProcedureCode);
        WriteString(buffer, cell.OfficerId);
        WriteString(buffer, cell.CounterId);
        WriteInt(buffer, (int)cell.Channel);
        WriteString(buffer, cell.SchemeCode);
        WriteInt(buffer, cell.SchemeVersion);
    }

    // Length-prefixed, so that no two different tuples encode alike.
    private static void WriteString(ArrayBufferWriter<byte> buffer, string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        WriteInt(buffer, count);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(count));
        buffer.Advance(count);
    }

    private static void WriteInt(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static byte[] Hash(ArrayBufferWriter<byte> buffer)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return hash[..16].ToArray();
    }
}
