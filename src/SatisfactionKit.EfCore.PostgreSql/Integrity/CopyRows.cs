using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;

/// <summary>
/// The rows of <see cref="CopyChainStatements"/>' COPY streams, decoded synchronously (the scan reads three streams
/// on one thread of its own, where a synchronous read of a buffered value costs a fraction of an asynchronous one).
/// Columns are read in the statements' order and cast types.
/// </summary>
internal static class CopyRows
{
    public static IEnumerable<RatingEntity> Ratings(NpgsqlBinaryExporter row, ValueConverter? channel)
    {
        while (row.StartRow() != -1)
        {
            yield return new RatingEntity
            {
                Id = row.Read<Guid>(),
                SchemeCode = row.Read<string>(),
                SchemeVersion = row.Read<int>(),
                DossierCode = Text(row),
                ProcedureCode = Text(row),
                UnitCode = Text(row),
                OfficerId = Text(row),
                CounterId = Text(row),
                SurveyId = Text(row),
                Channel = (RatingChannel)Converted(row.Read<int>(), channel, typeof(RatingChannel)),
                IsSatisfied = row.Read<bool>(),
                Comment = Text(row),
                ResultReturnedAt = Skipped(row) ? null : row.Read<DateTime>(),
                SubmittedAt = row.Read<DateTime>(),
                DeviceId = Text(row),
                PromptId = Skipped(row) ? null : row.Read<Guid>(),
                IdempotencyKey = row.Read<string>(),
                ChainKey = row.Read<string>(),
                ChainSequence = row.Read<long>(),
                PreviousHash = row.Read<byte[]>(),
                Hash = row.Read<byte[]>(),
                EncodingVersion = checked((byte)row.Read<int>()),
            };
        }
    }

    public static IEnumerable<RatingAnswerEntity> Answers(NpgsqlBinaryExporter row)
    {
        while (row.StartRow() != -1)
        {
            yield return new RatingAnswerEntity
            {
                RatingId = row.Read<Guid>(),
                Position = row.Read<int>(),
                CriterionCode = row.Read<string>(),
                LevelCode = row.Read<string>(),
                Value = row.Read<int>(),
                IsSatisfied = row.Read<bool>(),
            };
        }
    }

    public static IEnumerable<RatingChoiceEntity> Choices(NpgsqlBinaryExporter row, ValueConverter? kind)
    {
        while (row.StartRow() != -1)
        {
            yield return new RatingChoiceEntity
            {
                RatingId = row.Read<Guid>(),
                Kind = (RatingChoiceKind)Converted(row.Read<int>(), kind, typeof(RatingChoiceKind)),
                Position = row.Read<int>(),
                Code = row.Read<string>(),
            };
        }
    }

    private static string? Text(NpgsqlBinaryExporter row) => Skipped(row) ? null : row.Read<string>();

    /// <summary>Skips the current column if it is NULL.</summary>
    private static bool Skipped(NpgsqlBinaryExporter row)
    {
        if (!row.IsNull)
        {
            return false;
        }

        row.Skip();
        return true;
    }

    /// <summary>A number stored for an enum, converted back as EF Core would (the model's converter, if it has one).</summary>
    private static object Converted(int stored, ValueConverter? converter, Type clrType) =>
        converter is null
            ? Enum.ToObject(clrType, stored)
            : converter.ConvertFromProvider(Convert.ChangeType(stored, converter.ProviderClrType, CultureInfo.InvariantCulture))!;
}
