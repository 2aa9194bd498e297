using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// Reads a chain's ratings, answers and choices a sequence range at a time with plain
/// <see cref="DbDataReader"/>s on the context's connection: no EF Core query pipeline, change tracker
/// or materializer, which dominated the verifier's time. The SQL is portable (a range, then id lists;
/// no LIMIT/TOP, no arrays), and every table and column name comes from the EF Core model, so a
/// vendor's schema and table prefix are honoured; parameters are named by the provider's own convention.
/// </summary>
/// <remarks>
/// Answers and choices are read by the page's rating ids (<see cref="IdsPerQuery"/> at a time), not by
/// joining the ratings' range: PostgreSQL estimated the join's rows high and hashed the whole answers
/// table for every page (160 ms a page over 300,000 ratings, growing with the table), where the ids
/// always go through the answers' primary key.
/// </remarks>
internal sealed class ChainPageReader
{
    private static readonly ConditionalWeakTable<IModel, ChainPageReader> Readers = [];

    private static readonly string[] RatingColumns =
    [
        nameof(RatingEntity.Id), nameof(RatingEntity.SchemeCode), nameof(RatingEntity.SchemeVersion), nameof(RatingEntity.DossierCode),
        nameof(RatingEntity.ProcedureCode), nameof(RatingEntity.UnitCode), nameof(RatingEntity.OfficerId), nameof(RatingEntity.CounterId),
        nameof(RatingEntity.SurveyId), nameof(RatingEntity.Channel), nameof(RatingEntity.IsSatisfied), nameof(RatingEntity.Comment),
        nameof(RatingEntity.ResultReturnedAt), nameof(RatingEntity.SubmittedAt), nameof(RatingEntity.DeviceId), nameof(RatingEntity.PromptId),
        nameof(RatingEntity.IdempotencyKey), nameof(RatingEntity.ChainKey), nameof(RatingEntity.ChainSequence), nameof(RatingEntity.PreviousHash),
        nameof(RatingEntity.Hash), nameof(RatingEntity.EncodingVersion),
    ];

    private static readonly string[] AnswerColumns =
    [
        nameof(RatingAnswerEntity.RatingId), nameof(RatingAnswerEntity.Position), nameof(RatingAnswerEntity.CriterionCode),
        nameof(RatingAnswerEntity.LevelCode), nameof(RatingAnswerEntity.Value), nameof(RatingAnswerEntity.IsSatisfied),
    ];

    private static readonly string[] ChoiceColumns =
    [
        nameof(RatingChoiceEntity.RatingId), nameof(RatingChoiceEntity.Kind), nameof(RatingChoiceEntity.Position), nameof(RatingChoiceEntity.Code),
    ];

    /// <summary>Rating ids per answers or choices query: within SQL Server's 2,100 parameters and SQLite's 32,766.</summary>
    internal const int IdsPerQuery = 500;

    private readonly string _ratingsSql;
    private readonly string _answersSelect;
    private readonly string _answersRatingId;
    private readonly string _choicesSelect;
    private readonly string _choicesRatingId;
    private readonly string[] _idParameters;
    private readonly string[] _idPlaceholders;
    private readonly string _keyParameter;
    private readonly string _fromParameter;
    private readonly string _toParameter;
    private readonly ValueConverter? _channel;
    private readonly ValueConverter? _kind;

    private ChainPageReader(DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var ratings = Table<RatingEntity>(context, sql);
        var answers = Table<RatingAnswerEntity>(context, sql);
        var choices = Table<RatingChoiceEntity>(context, sql);
        _keyParameter = sql.GenerateParameterName("chain");
        _fromParameter = sql.GenerateParameterName("after");
        _toParameter = sql.GenerateParameterName("upto");

        var range = $"r.{ratings.Column(nameof(RatingEntity.ChainKey))} = {sql.GenerateParameterNamePlaceholder("chain")}"
            + $" AND r.{ratings.Column(nameof(RatingEntity.ChainSequence))} > {sql.GenerateParameterNamePlaceholder("after")}"
            + $" AND r.{ratings.Column(nameof(RatingEntity.ChainSequence))} <= {sql.GenerateParameterNamePlaceholder("upto")}";
        _ratingsSql = $"SELECT {string.Join(", ", RatingColumns.Select(c => "r." + ratings.Column(c)))} FROM {ratings.Name} r WHERE {range}"
            + $" ORDER BY r.{ratings.Column(nameof(RatingEntity.ChainSequence))}, r.{ratings.Column(nameof(RatingEntity.Id))}";
        _answersSelect = $"SELECT {string.Join(", ", AnswerColumns.Select(c => "x." + answers.Column(c)))} FROM {answers.Name} x";
        _answersRatingId = "x." + answers.Column(nameof(RatingAnswerEntity.RatingId));
        _choicesSelect = $"SELECT {string.Join(", ", ChoiceColumns.Select(c => "x." + choices.Column(c)))} FROM {choices.Name} x";
        _choicesRatingId = "x." + choices.Column(nameof(RatingChoiceEntity.RatingId));
        _idParameters = [.. Enumerable.Range(0, IdsPerQuery).Select(i => sql.GenerateParameterName($"id{i}"))];
        _idPlaceholders = [.. Enumerable.Range(0, IdsPerQuery).Select(i => sql.GenerateParameterNamePlaceholder($"id{i}"))];
        _channel = ratings.Converter(nameof(RatingEntity.Channel));
        _kind = choices.Converter(nameof(RatingChoiceEntity.Kind));
    }

    /// <summary>The reader for <paramref name="context"/>'s model, built once per model.</summary>
    public static ChainPageReader For(DbContext context) => Readers.GetValue(context.Model, _ => new ChainPageReader(context));

    /// <summary>
    /// The ratings of <paramref name="chainKey"/> with <paramref name="after"/> &lt; sequence ≤ <paramref name="upTo"/>,
    /// ascending by sequence then id, each with its answers and choices. The connection must be open.
    /// </summary>
    public async Task<List<RatingEntity>> ReadAsync(DbContext context, string chainKey, long after, long upTo, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        var page = new List<RatingEntity>();
        var byId = new Dictionary<Guid, RatingEntity>();
        var ratingsCommand = Command(context, connection, _ratingsSql, chainKey, after, upTo);
        await using (ratingsCommand.ConfigureAwait(false))
        {
            var reader = await ratingsCommand.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var rating = ReadRating(reader);
                    page.Add(rating);
                    // Two rows with one id cannot exist (primary key); TryAdd keeps the walk going if a copy could.
                    byId.TryAdd(rating.Id, rating);
                }
            }
        }

        if (page.Count == 0)
        {
            return page;
        }

        // The ids in page order, IdsPerQuery at a time; the last query takes what is left.
        var ids = page.Select(r => r.Id).Distinct().ToArray();
        for (var at = 0; at < ids.Length; at += IdsPerQuery)
        {
            var chunk = ids.AsMemory(at, Math.Min(IdsPerQuery, ids.Length - at));
            await ReadAnswersAsync(context, connection, chunk, byId, cancellationToken).ConfigureAwait(false);
            await ReadChoicesAsync(context, connection, chunk, byId, cancellationToken).ConfigureAwait(false);
        }

        return page;
    }

    private async Task ReadAnswersAsync(DbContext context, DbConnection connection, ReadOnlyMemory<Guid> ids, Dictionary<Guid, RatingEntity> byId, CancellationToken cancellationToken)
    {
        var command = IdsCommand(context, connection, _answersSelect, _answersRatingId, ids.Span);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var answer = new RatingAnswerEntity
                    {
                        RatingId = reader.GetGuid(0),
                        Position = reader.GetInt32(1),
                        CriterionCode = reader.GetString(2),
                        LevelCode = reader.GetString(3),
                        Value = reader.GetInt32(4),
                        IsSatisfied = reader.GetBoolean(5),
                    };
                    if (byId.TryGetValue(answer.RatingId, out var rating))
                    {
                        rating.Answers.Add(answer);
                    }
                }
            }
        }
    }

    private async Task ReadChoicesAsync(DbContext context, DbConnection connection, ReadOnlyMemory<Guid> ids, Dictionary<Guid, RatingEntity> byId, CancellationToken cancellationToken)
    {
        var command = IdsCommand(context, connection, _choicesSelect, _choicesRatingId, ids.Span);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var choice = new RatingChoiceEntity
                    {
                        RatingId = reader.GetGuid(0),
                        Kind = (RatingChoiceKind)Converted(reader, 1, _kind, typeof(RatingChoiceKind)),
                        Position = reader.GetInt32(2),
                        Code = reader.GetString(3),
                    };
                    if (byId.TryGetValue(choice.RatingId, out var rating))
                    {
                        rating.Choices.Add(choice);
                    }
                }
            }
        }
    }

    private RatingEntity ReadRating(DbDataReader reader) => new()
    {
        Id = reader.GetGuid(0),
        SchemeCode = reader.GetString(1),
        SchemeVersion = reader.GetInt32(2),
        DossierCode = NullableString(reader, 3),
        ProcedureCode = NullableString(reader, 4),
        UnitCode = NullableString(reader, 5),
        OfficerId = NullableString(reader, 6),
        CounterId = NullableString(reader, 7),
        SurveyId = NullableString(reader, 8),
        Channel = (RatingChannel)Converted(reader, 9, _channel, typeof(RatingChannel)),
        IsSatisfied = reader.GetBoolean(10),
        Comment = NullableString(reader, 11),
        ResultReturnedAt = reader.IsDBNull(12) ? null : reader.GetDateTime(12),
        SubmittedAt = reader.GetDateTime(13),
        DeviceId = NullableString(reader, 14),
        PromptId = reader.IsDBNull(15) ? null : reader.GetGuid(15),
        IdempotencyKey = reader.GetString(16),
        ChainKey = reader.GetString(17),
        ChainSequence = reader.GetInt64(18),
        PreviousHash = reader.GetFieldValue<byte[]>(19),
        Hash = reader.GetFieldValue<byte[]>(20),
        // smallint on PostgreSQL, INTEGER on SQLite, tinyint on SQL Server: widen whatever comes back.
        EncodingVersion = Convert.ToByte(reader.GetValue(21), CultureInfo.InvariantCulture),
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A column with a value converter (the enums, stored as numbers): the provider value, converted back as EF Core would.</summary>
    private static object Converted(DbDataReader reader, int ordinal, ValueConverter? converter, Type clrType)
    {
        var stored = reader.GetValue(ordinal);
        if (converter is null)
        {
            return Enum.ToObject(clrType, stored);
        }

        return converter.ConvertFromProvider(Convert.ChangeType(stored, converter.ProviderClrType, CultureInfo.InvariantCulture))!;
    }

    private DbCommand Command(DbContext context, DbConnection connection, string sql, string chainKey, long after, long upTo)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (context.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        Add(command, _keyParameter, chainKey);
        Add(command, _fromParameter, after);
        Add(command, _toParameter, upTo);
        return command;
    }

    /// <summary><c>{select} WHERE {ratingIdColumn} IN (@id0, …)</c> over <paramref name="ids"/>.</summary>
    private DbCommand IdsCommand(DbContext context, DbConnection connection, string select, string ratingIdColumn, ReadOnlySpan<Guid> ids)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"{select} WHERE {ratingIdColumn} IN ({string.Join(", ", _idPlaceholders.AsSpan(0, ids.Length)!)})";
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (context.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            Add(command, _idParameters[i], ids[i]);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static MappedTable Table<TEntity>(DbContext context, ISqlGenerationHelper sql)
    {
        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model of {context.GetType().Name}: call modelBuilder.UseSatisfactionKit().");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        return new MappedTable(entityType, StoreObjectIdentifier.Table(tableName, entityType.GetSchema()), sql);
    }

    /// <summary>An entity type's table, its columns delimited for the provider.</summary>
    private sealed class MappedTable(IEntityType entityType, StoreObjectIdentifier table, ISqlGenerationHelper sql)
    {
        public string Name { get; } = sql.DelimitIdentifier(table.Name, table.Schema);

        public string Column(string property) => sql.DelimitIdentifier(entityType.GetProperty(property).GetColumnName(table)
            ?? throw new InvalidOperationException($"{entityType.DisplayName()}.{property} has no column in {table.Name}."));

        public ValueConverter? Converter(string property) => entityType.GetProperty(property).GetRelationalTypeMapping().Converter;
    }
}
