using Npgsql;

namespace SatisfactionKit.Benchmarks.Data;

/// <summary>
/// The floor of P4db: every row and every column the chain verifier reads (ratings, answers, choices), out of
/// PostgreSQL by binary <c>COPY … TO STDOUT</c> with each value decoded, in one pass per table and nothing else
/// done with it: what reading the rows costs at the least, without hashing, mapping or keeping them.
/// </summary>
public static class RawPostgresCopyOut
{
    public static async Task<(long Ratings, long Answers, long Choices)> ReadAllAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var ratings = await CountAsync(connection, """
            COPY (SELECT "Id", "SchemeCode"::text, "SchemeVersion", "DossierCode"::text, "ProcedureCode"::text, "UnitCode"::text, "OfficerId"::text,
                "CounterId"::text, "SurveyId"::text, "Channel"::int4, "IsSatisfied", "Comment"::text, "ResultReturnedAt", "SubmittedAt", "DeviceId"::text,
                "PromptId", "IdempotencyKey"::text, "ChainKey"::text, "ChainSequence", "PreviousHash", "Hash", "EncodingVersion"::int4
                FROM "SK_Ratings") TO STDOUT (FORMAT BINARY)
            """, async e =>
            {
                await e.ReadAsync<Guid>(); await e.ReadAsync<string>(); await e.ReadAsync<int>();
                for (var i = 0; i < 6; i++)
                {
                    await NullableAsync<string>(e);
                }

                await e.ReadAsync<int>(); await e.ReadAsync<bool>(); await NullableAsync<string>(e);
                if (e.IsNull) { await e.SkipAsync(); } else { await e.ReadAsync<DateTime>(); }
                await e.ReadAsync<DateTime>(); await NullableAsync<string>(e);
                if (e.IsNull) { await e.SkipAsync(); } else { await e.ReadAsync<Guid>(); }
                await e.ReadAsync<string>(); await e.ReadAsync<string>(); await e.ReadAsync<long>();
                await e.ReadAsync<byte[]>(); await e.ReadAsync<byte[]>(); await e.ReadAsync<int>();
            });
        var answers = await CountAsync(connection, """
            COPY (SELECT "RatingId", "Position", "CriterionCode"::text, "LevelCode"::text, "Value", "IsSatisfied" FROM "SK_RatingAnswers") TO STDOUT (FORMAT BINARY)
            """, async e =>
            {
                await e.ReadAsync<Guid>(); await e.ReadAsync<int>(); await e.ReadAsync<string>(); await e.ReadAsync<string>(); await e.ReadAsync<int>(); await e.ReadAsync<bool>();
            });
        var choices = await CountAsync(connection, """
            COPY (SELECT "RatingId", "Kind"::int4, "Position", "Code"::text FROM "SK_RatingChoices") TO STDOUT (FORMAT BINARY)
            """, async e =>
            {
                await e.ReadAsync<Guid>(); await e.ReadAsync<int>(); await e.ReadAsync<int>(); await e.ReadAsync<string>();
            });
        return (ratings, answers, choices);
    }

    /// <summary>
    /// The same three statements on three connections at once, each row decoded synchronously on a thread of its own:
    /// the least the chain scan's reading (three streams from one snapshot, synchronous decoding) could cost.
    /// </summary>
    public static async Task<(long Ratings, long Answers, long Choices)> ReadAllConcurrentlyAsync(string connectionString)
    {
        var ratings = Task.Run(() => Count(connectionString, """
            COPY (SELECT "Id", "SchemeCode"::text, "SchemeVersion", "DossierCode"::text, "ProcedureCode"::text, "UnitCode"::text, "OfficerId"::text,
                "CounterId"::text, "SurveyId"::text, "Channel"::int4, "IsSatisfied", "Comment"::text, "ResultReturnedAt", "SubmittedAt", "DeviceId"::text,
                "PromptId", "IdempotencyKey"::text, "ChainKey"::text, "ChainSequence", "PreviousHash", "Hash", "EncodingVersion"::int4
                FROM "SK_Ratings") TO STDOUT (FORMAT BINARY)
            """, e =>
            {
                e.Read<Guid>(); e.Read<string>(); e.Read<int>();
                for (var i = 0; i < 6; i++)
                {
                    ReadOrSkip<string>(e);
                }

                e.Read<int>(); e.Read<bool>(); ReadOrSkip<string>(e);
                ReadOrSkip<DateTime>(e);
                e.Read<DateTime>(); ReadOrSkip<string>(e);
                ReadOrSkip<Guid>(e);
                e.Read<string>(); e.Read<string>(); e.Read<long>();
                e.Read<byte[]>(); e.Read<byte[]>(); e.Read<int>();
            }));
        var answers = Task.Run(() => Count(connectionString, """
            COPY (SELECT "RatingId", "Position", "CriterionCode"::text, "LevelCode"::text, "Value", "IsSatisfied" FROM "SK_RatingAnswers") TO STDOUT (FORMAT BINARY)
            """, e =>
            {
                e.Read<Guid>(); e.Read<int>(); e.Read<string>(); e.Read<string>(); e.Read<int>(); e.Read<bool>();
            }));
        var choices = Task.Run(() => Count(connectionString, """
            COPY (SELECT "RatingId", "Kind"::int4, "Position", "Code"::text FROM "SK_RatingChoices") TO STDOUT (FORMAT BINARY)
            """, e =>
            {
                e.Read<Guid>(); e.Read<int>(); e.Read<int>(); e.Read<string>();
            }));
        return (await ratings, await answers, await choices);
    }

    private static long Count(string connectionString, string copy, Action<NpgsqlBinaryExporter> readRow)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        long rows = 0;
        using var exporter = connection.BeginBinaryExport(copy);
        while (exporter.StartRow() != -1)
        {
            readRow(exporter);
            rows++;
        }

        return rows;
    }

    private static void ReadOrSkip<T>(NpgsqlBinaryExporter e)
    {
        if (e.IsNull)
        {
            e.Skip();
        }
        else
        {
            e.Read<T>();
        }
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string copy, Func<NpgsqlBinaryExporter, Task> readRow)
    {
        long rows = 0;
        await using var exporter = await connection.BeginBinaryExportAsync(copy);
        while (await exporter.StartRowAsync() != -1)
        {
            await readRow(exporter);
            rows++;
        }

        return rows;
    }

    private static async Task NullableAsync<T>(NpgsqlBinaryExporter e)
    {
        if (e.IsNull)
        {
            await e.SkipAsync();
        }
        else
        {
            await e.ReadAsync<T>();
        }
    }
}
