using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Integrity;

/// <summary>
/// The three <c>COPY (SELECT …) TO STDOUT (FORMAT BINARY)</c> statements of a chain page, built once per EF Core
/// model from its table, schema and column names. Every column is cast to one fixed PostgreSQL type
/// (<c>text</c>, <c>int4</c>, <c>int8</c>, <c>timestamptz</c>…), as the binary format carries no types and the
/// reader must know them; the casts only widen (<c>varchar</c> to <c>text</c>, <c>int2</c> to <c>int4</c>), so
/// every stored value reaches the verifier unchanged. COPY takes no parameters: the chain key is a quoted
/// literal, the sequence bounds are numbers, and the page's rating ids a <c>uuid[]</c> literal (which sends the
/// answers and choices through their primary key, whatever the planner estimates for a join).
/// </summary>
internal sealed class CopyChainStatements
{
    private static readonly ConditionalWeakTable<IModel, CopyChainStatements> ByModel = [];

    private readonly string _ratingsHead;
    private readonly string _ratingsTail;
    private readonly string _answersHead;
    private readonly string _choicesHead;
    private readonly string _ratingsByIdHead;

    private CopyChainStatements(DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var ratings = ModelTable.For(context.Model, typeof(RatingEntity), writtenByClient: false);
        var answers = ModelTable.For(context.Model, typeof(RatingAnswerEntity), writtenByClient: false);
        var choices = ModelTable.For(context.Model, typeof(RatingChoiceEntity), writtenByClient: false);
        string R(string property, string? cast = null) => $"r.{sql.DelimitIdentifier(ratings.ColumnOf(property))}{(cast is null ? string.Empty : "::" + cast)}";
        string A(string property, string? cast = null) => $"x.{sql.DelimitIdentifier(answers.ColumnOf(property))}{(cast is null ? string.Empty : "::" + cast)}";
        string C(string property, string? cast = null) => $"x.{sql.DelimitIdentifier(choices.ColumnOf(property))}{(cast is null ? string.Empty : "::" + cast)}";
        string[] ratingColumns =
        [
            R(nameof(RatingEntity.Id), "uuid"), R(nameof(RatingEntity.SchemeCode), "text"), R(nameof(RatingEntity.SchemeVersion), "int4"),
            R(nameof(RatingEntity.DossierCode), "text"), R(nameof(RatingEntity.ProcedureCode), "text"), R(nameof(RatingEntity.UnitCode), "text"),
            R(nameof(RatingEntity.OfficerId), "text"), R(nameof(RatingEntity.CounterId), "text"), R(nameof(RatingEntity.SurveyId), "text"),
            R(nameof(RatingEntity.Channel), "int4"), R(nameof(RatingEntity.IsSatisfied), "bool"), R(nameof(RatingEntity.Comment), "text"),
            R(nameof(RatingEntity.ResultReturnedAt), "timestamptz"), R(nameof(RatingEntity.SubmittedAt), "timestamptz"), R(nameof(RatingEntity.DeviceId), "text"),
            R(nameof(RatingEntity.PromptId), "uuid"), R(nameof(RatingEntity.IdempotencyKey), "text"), R(nameof(RatingEntity.ChainKey), "text"),
            R(nameof(RatingEntity.ChainSequence), "int8"), R(nameof(RatingEntity.PreviousHash), "bytea"), R(nameof(RatingEntity.Hash), "bytea"),
            R(nameof(RatingEntity.EncodingVersion), "int4"),
        ];
        var ratingsTable = sql.DelimitIdentifier(ratings.Table.Name, ratings.Table.Schema);
        _ratingsHead = $"COPY (SELECT {string.Join(", ", ratingColumns)} FROM {ratingsTable} r WHERE {R(nameof(RatingEntity.ChainKey))} = ";
        _ratingsTail = $" ORDER BY {R(nameof(RatingEntity.ChainSequence))}, {R(nameof(RatingEntity.Id))}) TO STDOUT (FORMAT BINARY)";
        SequenceColumn = R(nameof(RatingEntity.ChainSequence));
        _answersHead = $"COPY (SELECT {A(nameof(RatingAnswerEntity.RatingId), "uuid")}, {A(nameof(RatingAnswerEntity.Position), "int4")}, "
            + $"{A(nameof(RatingAnswerEntity.CriterionCode), "text")}, {A(nameof(RatingAnswerEntity.LevelCode), "text")}, "
            + $"{A(nameof(RatingAnswerEntity.Value), "int4")}, {A(nameof(RatingAnswerEntity.IsSatisfied), "bool")} "
            + $"FROM {sql.DelimitIdentifier(answers.Table.Name, answers.Table.Schema)} x WHERE {A(nameof(RatingAnswerEntity.RatingId))} = ANY(";
        _choicesHead = $"COPY (SELECT {C(nameof(RatingChoiceEntity.RatingId), "uuid")}, {C(nameof(RatingChoiceEntity.Kind), "int4")}, "
            + $"{C(nameof(RatingChoiceEntity.Position), "int4")}, {C(nameof(RatingChoiceEntity.Code), "text")} "
            + $"FROM {sql.DelimitIdentifier(choices.Table.Name, choices.Table.Schema)} x WHERE {C(nameof(RatingChoiceEntity.RatingId))} = ANY(";
        // The one-pass scan (NpgsqlChainScanSource): the same columns, every row, each table in its physical order.
        var answersSelect = _answersHead["COPY (".Length.._answersHead.IndexOf(" WHERE ", StringComparison.Ordinal)];
        var choicesSelect = _choicesHead["COPY (".Length.._choicesHead.IndexOf(" WHERE ", StringComparison.Ordinal)];
        var ratingsSelect = $"SELECT {string.Join(", ", ratingColumns)} FROM {ratingsTable} r";
        ScanRatings = $"COPY ({ratingsSelect}) TO STDOUT (FORMAT BINARY)";
        ScanAnswers = $"COPY ({answersSelect}) TO STDOUT (FORMAT BINARY)";
        ScanChoices = $"COPY ({choicesSelect}) TO STDOUT (FORMAT BINARY)";
        _ratingsByIdHead = $"COPY ({ratingsSelect} WHERE {R(nameof(RatingEntity.Id))} = ANY(";
        var heads = ModelTable.For(context.Model, typeof(ChainHeadEntity), writtenByClient: false);
        string H(string property, string cast) => $"h.{sql.DelimitIdentifier(heads.ColumnOf(property))}::{cast}";
        Heads = $"COPY (SELECT {H(nameof(ChainHeadEntity.ChainKey), "text")}, {H(nameof(ChainHeadEntity.Sequence), "int8")}, {H(nameof(ChainHeadEntity.Hash), "bytea")} "
            + $"FROM {sql.DelimitIdentifier(heads.Table.Name, heads.Table.Schema)} h) TO STDOUT (FORMAT BINARY)";
        Channel = ratings.EntityType.GetProperty(nameof(RatingEntity.Channel)).GetRelationalTypeMapping().Converter;
        Kind = choices.EntityType.GetProperty(nameof(RatingChoiceEntity.Kind)).GetRelationalTypeMapping().Converter;
    }

    private string SequenceColumn { get; }

    /// <summary>Every rating, in the table's physical order, with the columns of <see cref="Ratings"/>.</summary>
    public string ScanRatings { get; }

    /// <summary>Every answer, in the table's physical order, with the columns of <see cref="Answers"/>.</summary>
    public string ScanAnswers { get; }

    /// <summary>Every condition and reason, in the table's physical order, with the columns of <see cref="Choices"/>.</summary>
    public string ScanChoices { get; }

    /// <summary>Every chain head: chain key, sequence, hash.</summary>
    public string Heads { get; }

    /// <summary>The model's converter of the channel column, if any (SatisfactionKit stores the enum as a number).</summary>
    public ValueConverter? Channel { get; }

    /// <summary>The model's converter of the choice kind column, if any.</summary>
    public ValueConverter? Kind { get; }

    public static CopyChainStatements For(DbContext context) => ByModel.GetValue(context.Model, _ => new CopyChainStatements(context));

    /// <summary>The ratings of <paramref name="chainKey"/> with <paramref name="after"/> &lt; sequence ≤ <paramref name="upTo"/>, by sequence then id.</summary>
    public string Ratings(string chainKey, long after, long upTo) =>
        string.Create(CultureInfo.InvariantCulture, $"{_ratingsHead}{Literal(chainKey)} AND {SequenceColumn} > {after} AND {SequenceColumn} <= {upTo}{_ratingsTail}");

    /// <summary>The ratings <paramref name="ids"/>, with the columns of <see cref="Ratings"/>.</summary>
    public string RatingsById(IReadOnlyCollection<Guid> ids) => WithIds(_ratingsByIdHead, ids);

    /// <summary>The answers of the ratings <paramref name="ids"/>.</summary>
    public string Answers(IReadOnlyCollection<Guid> ids) => WithIds(_answersHead, ids);

    /// <summary>The conditions and reasons of the ratings <paramref name="ids"/>.</summary>
    public string Choices(IReadOnlyCollection<Guid> ids) => WithIds(_choicesHead, ids);

    private static string WithIds(string head, IReadOnlyCollection<Guid> ids)
    {
        var text = new StringBuilder(head.Length + 48 + (ids.Count * 37));
        text.Append(head).Append("'{");
        var first = true;
        foreach (var id in ids)
        {
            text.Append(first ? string.Empty : ",").Append(id.ToString("D"));
            first = false;
        }

        return text.Append("}'::uuid[])) TO STDOUT (FORMAT BINARY)").ToString();
    }

    /// <summary>A string literal (<c>standard_conforming_strings</c>, PostgreSQL's default since 9.1, and Npgsql's requirement: only the quote is doubled).</summary>
    private static string Literal(string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A chain key cannot contain a NUL character.", nameof(value));
        }

        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
