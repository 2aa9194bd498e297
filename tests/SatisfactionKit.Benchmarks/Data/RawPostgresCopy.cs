using Npgsql;
using NpgsqlTypes;
using SatisfactionKit.Integrity;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// Ratings and their answers written with Npgsql's binary COPY into SatisfactionKit's tables: the
/// fastest way into PostgreSQL, used as the P2b floor and by the data generator.
/// </summary>
public static class RawPostgresCopy
{
    /// <summary>
    /// Copies <paramref name="ratings"/>, linking each into its unit's hash chain exactly as the library
    /// does (<see cref="RatingChain.Append"/>); <paramref name="heads"/> holds each chain's last link and
    /// is carried from one call to the next.
    /// </summary>
    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Rating> ratings, Dictionary<string, ChainLink> heads, CancellationToken cancellationToken = default)
    {
        await CopyRowsAsync(connection, ratings, heads, cancellationToken);

        // Each chain's head row (the library's SK_ChainHeads), moved to its last link as the store does.
        await using var batch = new NpgsqlBatch(connection);
        foreach (var head in heads.Values)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO "SK_ChainHeads" ("ChainKey", "Sequence", "Hash") VALUES ($1, $2, $3)
                ON CONFLICT ("ChainKey") DO UPDATE SET "Sequence" = EXCLUDED."Sequence", "Hash" = EXCLUDED."Hash"
                """);
            command.Parameters.Add(new() { Value = head.ChainKey });
            command.Parameters.Add(new() { Value = head.Sequence });
            command.Parameters.Add(new() { Value = head.Hash });
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task CopyRowsAsync(NpgsqlConnection connection, IReadOnlyList<Rating> ratings, Dictionary<string, ChainLink> heads, CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY "SK_Ratings" ("Id", "SchemeCode", "SchemeVersion", "DossierCode", "ProcedureCode", "UnitCode", "OfficerId", "CounterId",
                "Channel", "IsSatisfied", "ResultReturnedAt", "SubmittedAt", "IdempotencyKey",
                "ChainKey", "ChainSequence", "PreviousHash", "Hash", "EncodingVersion") FROM STDIN (FORMAT BINARY)
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
                var key = RatingChain.ChainKeyOf(r);
                var link = RatingChain.Append(heads.GetValueOrDefault(key), r);
                heads[key] = link;
                await writer.WriteAsync(link.ChainKey, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(link.Sequence, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(link.PreviousHash, NpgsqlDbType.Bytea, cancellationToken);
                await writer.WriteAsync(link.Hash, NpgsqlDbType.Bytea, cancellationToken);
                await writer.WriteAsync((short)link.EncodingVersion, NpgsqlDbType.Smallint, cancellationToken);
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
