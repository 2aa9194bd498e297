using Npgsql;
using NpgsqlTypes;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// Ratings and their answers written with Npgsql's binary COPY into SatisfactionKit's tables: the
/// fastest way into PostgreSQL, used as the P2b floor and by the data generator.
/// </summary>
public static class RawPostgresCopy
{
    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Rating> ratings, CancellationToken cancellationToken = default)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY "SK_Ratings" ("Id", "SchemeCode", "SchemeVersion", "DossierCode", "ProcedureCode", "UnitCode", "OfficerId", "CounterId",
                "Channel", "IsSatisfied", "ResultReturnedAt", "SubmittedAt", "IdempotencyKey") FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            foreach (var r in ratings)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(r.SchemeCode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(r.SchemeVersion, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(r.Dossier?.DossierCode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(r.Dossier?.ProcedureCode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(r.Dossier?.UnitCode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(r.Dossier?.OfficerId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(r.Dossier?.CounterId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync((int)r.Channel, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(r.IsSatisfied, NpgsqlDbType.Boolean, cancellationToken);
                if (r.ResultReturnedAt is { } returned)
                {
                    await writer.WriteAsync(returned.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }

                await writer.WriteAsync(r.SubmittedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(r.IdempotencyKey, NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY "SK_RatingAnswers" ("RatingId", "Position", "CriterionCode", "LevelCode", "Value", "IsSatisfied") FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            foreach (var r in ratings)
            {
                for (var i = 0; i < r.Answers.Count; i++)
                {
                    var a = r.Answers[i];
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(a.CriterionCode, NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(a.LevelCode, NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(a.Value, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(a.IsSatisfied, NpgsqlDbType.Boolean, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }
}
