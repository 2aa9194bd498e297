using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;

/// <summary>
/// <see cref="IChainPageSource"/> on PostgreSQL: a page is three binary <c>COPY … TO STDOUT</c> streams
/// (<see cref="CopyChainStatements"/>) — the ratings of a sequence range, then their answers and their
/// choices by id — read with Npgsql's <see cref="NpgsqlBinaryExporter"/>: no per-row protocol messages, no
/// parameter lists, pages five times as large as the portable reader's. A context whose connection is not an
/// <see cref="NpgsqlConnection"/> is read by the portable source, so one registration serves mixed deployments.
/// </summary>
internal sealed class NpgsqlCopyChainPageSource : IChainPageSource
{
    /// <summary>Sequence numbers per page: about 20 MB of entities at most, two pages ahead of the hashing.</summary>
    internal const int CopyPageSize = 20_000;

    public int PageSize(DbContext context) =>
        context.Database.GetDbConnection() is NpgsqlConnection ? CopyPageSize : IChainPageSource.Portable.PageSize(context);

    public async Task<List<RatingEntity>> ReadAsync(DbContext context, string chainKey, long after, long upTo, CancellationToken cancellationToken)
    {
        if (context.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            return await IChainPageSource.Portable.ReadAsync(context, chainKey, after, upTo, cancellationToken).ConfigureAwait(false);
        }

        var statements = CopyChainStatements.For(context);
        return await ReadPageAsync(connection, statements, statements.Ratings(chainKey, after, upTo), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ratings <paramref name="ids"/>, each with all its answers and choices, on <paramref name="connection"/> (in its transaction).</summary>
    internal static Task<List<RatingEntity>> ReadByIdsAsync(NpgsqlConnection connection, CopyChainStatements statements, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadPageAsync(connection, statements, statements.RatingsById(ids), cancellationToken);

    /// <summary>The ratings <paramref name="ratingsStatement"/> copies out, then their answers and choices by id.</summary>
    private static async Task<List<RatingEntity>> ReadPageAsync(NpgsqlConnection connection, CopyChainStatements statements, string ratingsStatement, CancellationToken cancellationToken)
    {
        var page = new List<RatingEntity>();
        var byId = new Dictionary<Guid, RatingEntity>();
        var exporter = await connection.BeginBinaryExportAsync(ratingsStatement, cancellationToken).ConfigureAwait(false);
        await using (exporter.ConfigureAwait(false))
        {
            while (await exporter.StartRowAsync(cancellationToken).ConfigureAwait(false) != -1)
            {
                var rating = await ReadRatingAsync(exporter, statements.Channel, cancellationToken).ConfigureAwait(false);
                page.Add(rating);
                // Two rows with one id cannot exist (primary key); TryAdd keeps the walk going if a copy could.
                byId.TryAdd(rating.Id, rating);
            }
        }

        if (page.Count == 0)
        {
            return page;
        }

        // The planner prices a scan of the whole answers table below 20,000 primary-key look-ups (it assumes
        // random reads from disk), which made every page read the whole table: 69 s for 1,000,000 ratings
        // (4,000,000 answers), slower than the portable reader. The session is told to go through the index
        // for these two statements only.
        await ExecuteAsync(connection, "SET enable_seqscan = off", cancellationToken).ConfigureAwait(false);
        try
        {
            exporter = await connection.BeginBinaryExportAsync(statements.Answers(byId.Keys), cancellationToken).ConfigureAwait(false);
            await using (exporter.ConfigureAwait(false))
            {
                while (await exporter.StartRowAsync(cancellationToken).ConfigureAwait(false) != -1)
                {
                    var answer = new RatingAnswerEntity
                    {
                        RatingId = await exporter.ReadAsync<Guid>(cancellationToken).ConfigureAwait(false),
                        Position = await exporter.ReadAsync<int>(cancellationToken).ConfigureAwait(false),
                        CriterionCode = await exporter.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
                        LevelCode = await exporter.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
                        Value = await exporter.ReadAsync<int>(cancellationToken).ConfigureAwait(false),
                        IsSatisfied = await exporter.ReadAsync<bool>(cancellationToken).ConfigureAwait(false),
                    };
                    if (byId.TryGetValue(answer.RatingId, out var rating))
                    {
                        rating.Answers.Add(answer);
                    }
                }
            }

            exporter = await connection.BeginBinaryExportAsync(statements.Choices(byId.Keys), cancellationToken).ConfigureAwait(false);
            await using (exporter.ConfigureAwait(false))
            {
                while (await exporter.StartRowAsync(cancellationToken).ConfigureAwait(false) != -1)
                {
                    var choice = new RatingChoiceEntity
                    {
                        RatingId = await exporter.ReadAsync<Guid>(cancellationToken).ConfigureAwait(false),
                        Kind = (RatingChoiceKind)Converted(await exporter.ReadAsync<int>(cancellationToken).ConfigureAwait(false), statements.Kind, typeof(RatingChoiceKind)),
                        Position = await exporter.ReadAsync<int>(cancellationToken).ConfigureAwait(false),
                        Code = await exporter.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
                    };
                    if (byId.TryGetValue(choice.RatingId, out var rating))
                    {
                        rating.Choices.Add(choice);
                    }
                }
            }
        }
        finally
        {
            await ExecuteAsync(connection, "RESET enable_seqscan", CancellationToken.None).ConfigureAwait(false);
        }

        return page;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<RatingEntity> ReadRatingAsync(NpgsqlBinaryExporter row, ValueConverter? channel, CancellationToken cancellationToken) => new()
    {
        Id = await row.ReadAsync<Guid>(cancellationToken).ConfigureAwait(false),
        SchemeCode = await row.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
        SchemeVersion = await row.ReadAsync<int>(cancellationToken).ConfigureAwait(false),
        DossierCode = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        ProcedureCode = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        UnitCode = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        OfficerId = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        CounterId = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        SurveyId = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        Channel = (RatingChannel)Converted(await row.ReadAsync<int>(cancellationToken).ConfigureAwait(false), channel, typeof(RatingChannel)),
        IsSatisfied = await row.ReadAsync<bool>(cancellationToken).ConfigureAwait(false),
        Comment = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        ResultReturnedAt = row.IsNull ? await SkipAsync<DateTime?>(row, cancellationToken).ConfigureAwait(false) : await row.ReadAsync<DateTime>(cancellationToken).ConfigureAwait(false),
        SubmittedAt = await row.ReadAsync<DateTime>(cancellationToken).ConfigureAwait(false),
        DeviceId = await NullableAsync<string>(row, cancellationToken).ConfigureAwait(false),
        PromptId = row.IsNull ? await SkipAsync<Guid?>(row, cancellationToken).ConfigureAwait(false) : await row.ReadAsync<Guid>(cancellationToken).ConfigureAwait(false),
        IdempotencyKey = await row.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
        ChainKey = await row.ReadAsync<string>(cancellationToken).ConfigureAwait(false),
        ChainSequence = await row.ReadAsync<long>(cancellationToken).ConfigureAwait(false),
        PreviousHash = await row.ReadAsync<byte[]>(cancellationToken).ConfigureAwait(false),
        Hash = await row.ReadAsync<byte[]>(cancellationToken).ConfigureAwait(false),
        EncodingVersion = checked((byte)await row.ReadAsync<int>(cancellationToken).ConfigureAwait(false)),
    };

    private static async ValueTask<T?> NullableAsync<T>(NpgsqlBinaryExporter row, CancellationToken cancellationToken)
        where T : class =>
        row.IsNull ? await SkipAsync<T?>(row, cancellationToken).ConfigureAwait(false) : await row.ReadAsync<T>(cancellationToken).ConfigureAwait(false);

    private static async ValueTask<T?> SkipAsync<T>(NpgsqlBinaryExporter row, CancellationToken cancellationToken)
    {
        await row.SkipAsync(cancellationToken).ConfigureAwait(false);
        return default;
    }

    /// <summary>A number stored for an enum, converted back as EF Core would (the model's converter, if it has one).</summary>
    private static object Converted(int stored, ValueConverter? converter, Type clrType) =>
        converter is null
            ? Enum.ToObject(clrType, stored)
            : converter.ConvertFromProvider(Convert.ChangeType(stored, converter.ProviderClrType, CultureInfo.InvariantCulture))!;
}
