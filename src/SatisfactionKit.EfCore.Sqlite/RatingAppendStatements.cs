using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Sqlite;

/// <summary>
/// The statements that append ratings to their chains, prepared once on a connection kept open and
/// reused for every group: read a chain's head, insert the ratings with their answers, choices and
/// prompt records, move or create the heads. Used where the database is in the process (SQLite), so
/// that a press pays for its rows and its commit, not for EF Core's change tracking, SQL generation and
/// a statement compiled anew per row; a database server keeps EF Core's batching (one round trip per group).
/// </summary>
/// <remarks>
/// Every table, column and value conversion comes from the context's model, as EF Core's own statements
/// would. SaveChanges interceptors do not see these rows (as with any ADO.NET write); the append-only
/// guard is not concerned, since nothing here updates or deletes a rating.
/// </remarks>
internal sealed class RatingAppendStatements : IRatingAppendStatements
{
    private readonly DbContext _context;
    private readonly CommandPipeline _pipeline;
    private readonly PreparedInsert _ratings;
    private readonly PreparedInsert _answers;
    private readonly PreparedInsert _choices;
    private readonly PreparedInsert _prompts;
    private readonly PreparedInsert _newHead;
    private readonly PreparedInsert _ratingCells;
    private readonly PreparedInsert _answerCells;
    private readonly PreparedInsert _dissatisfiedDossiers;
    private readonly DbCommand _repeats;
    private readonly BoundColumn _repeatsCode;
    private readonly DbCommand _readHead;
    private readonly BoundColumn _readHeadKey;
    private readonly DbCommand _moveHead;
    private readonly BoundColumn _moveHeadSequence;
    private readonly BoundColumn _moveHeadHash;
    private readonly BoundColumn _moveHeadKey;

    private RatingAppendStatements(DbContext context, DbConnection connection, IModel model, ISqlGenerationHelper sql)
    {
        _context = context;
        _pipeline = new CommandPipeline(context);
        _ratings = new PreparedInsert(connection, ModelTable.For(model, typeof(RatingEntity), writtenByClient: true), sql);
        _answers = new PreparedInsert(connection, ModelTable.For(model, typeof(RatingAnswerEntity), writtenByClient: true), sql);
        _choices = new PreparedInsert(connection, ModelTable.For(model, typeof(RatingChoiceEntity), writtenByClient: true), sql);
        _prompts = new PreparedInsert(connection, ModelTable.For(model, typeof(PromptRecordEntity), writtenByClient: true), sql);
        _ratingCells = Upsert(connection, ModelTable.For(model, typeof(RatingRollupEntity), writtenByClient: true), sql, nameof(RatingRollupEntity.CellKey), nameof(RatingRollupEntity.Count), nameof(RatingRollupEntity.Satisfied), nameof(RatingRollupEntity.DissatisfiedWithDossier));
        _answerCells = Upsert(connection, ModelTable.For(model, typeof(AnswerRollupEntity), writtenByClient: true), sql, nameof(AnswerRollupEntity.CellKey), nameof(AnswerRollupEntity.Count));
        _dissatisfiedDossiers = Upsert(connection, ModelTable.For(model, typeof(DissatisfiedDossierEntity), writtenByClient: true), sql, nameof(DissatisfiedDossierEntity.DossierCode), nameof(DissatisfiedDossierEntity.Ratings));
        _repeats = connection.CreateCommand();
        _repeatsCode = new BoundColumn(_repeats, sql.GenerateParameterName("c"), model.FindEntityType(typeof(DissatisfiedDossierEntity))!.FindProperty(nameof(DissatisfiedDossierEntity.DossierCode))!);
        _repeats.CommandText = RepeatedDissatisfiedInsert.Sql(model, sql, "= " + sql.GenerateParameterNamePlaceholder("c"));
        var heads = ModelTable.For(model, typeof(ChainHeadEntity), writtenByClient: true);
        _newHead = new PreparedInsert(connection, heads, sql);

        var table = sql.DelimitIdentifier(heads.Table.Name, heads.Table.Schema);
        var key = sql.DelimitIdentifier(heads.ColumnOf(nameof(ChainHeadEntity.ChainKey)));
        var sequence = sql.DelimitIdentifier(heads.ColumnOf(nameof(ChainHeadEntity.Sequence)));
        var hash = sql.DelimitIdentifier(heads.ColumnOf(nameof(ChainHeadEntity.Hash)));
        var property = heads.EntityType.FindProperty(nameof(ChainHeadEntity.ChainKey))!;

        _readHead = connection.CreateCommand();
        _readHeadKey = new BoundColumn(_readHead, sql.GenerateParameterName("k"), property);
        _readHead.CommandText = $"SELECT {sequence}, {hash} FROM {table} WHERE {key} = {sql.GenerateParameterNamePlaceholder("k")}";

        _moveHead = connection.CreateCommand();
        _moveHeadSequence = new BoundColumn(_moveHead, sql.GenerateParameterName("s"), heads.EntityType.FindProperty(nameof(ChainHeadEntity.Sequence))!);
        _moveHeadHash = new BoundColumn(_moveHead, sql.GenerateParameterName("h"), heads.EntityType.FindProperty(nameof(ChainHeadEntity.Hash))!);
        _moveHeadKey = new BoundColumn(_moveHead, sql.GenerateParameterName("k"), property);
        _moveHead.CommandText =
            $"UPDATE {table} SET {sequence} = {sql.GenerateParameterNamePlaceholder("s")}, {hash} = {sql.GenerateParameterNamePlaceholder("h")} WHERE {key} = {sql.GenerateParameterNamePlaceholder("k")}";
    }

    /// <summary>
    /// Opens <paramref name="context"/>'s connection (it stays open until the context goes), turns its automatic
    /// write-ahead-log checkpoint off (the store runs it off the commit, through <see cref="SqliteRatingStoreFastPath.AfterCommitsAsync"/>) and
    /// prepares the statements on it.
    /// </summary>
    public static async Task<RatingAppendStatements> OpenAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = context.Database.GetDbConnection();
        var statements = new RatingAppendStatements(context, connection, context.Model, context.GetService<ISqlGenerationHelper>());
        using var noCheckpoint = connection.CreateCommand();
        noCheckpoint.CommandText = "PRAGMA wal_autocheckpoint = 0";
        await statements._pipeline.NonQueryAsync(noCheckpoint, cancellationToken).ConfigureAwait(false);
        return statements;
    }

    /// <summary>
    /// Begins the group's transaction through the context, so that its transaction interceptors and logging
    /// see it (on SQLite, <c>BEGIN IMMEDIATE</c>: the database's write lock, held to the commit).
    /// </summary>
    public Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken) =>
        _context.Database.BeginTransactionAsync(cancellationToken);

    /// <summary>The stored head of <paramref name="chainKey"/>, or null for a chain not yet begun.</summary>
    public async Task<ChainHeadEntity?> ReadHeadAsync(string chainKey, DbTransaction transaction, CancellationToken cancellationToken)
    {
        _readHeadKey.Set(chainKey);
        _readHead.Transaction = transaction;
        var reader = await _pipeline.ReaderAsync(_readHead, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ChainHeadEntity { ChainKey = chainKey, Sequence = reader.GetInt64(0), Hash = reader.GetFieldValue<byte[]>(1) }
                : null;
        }
    }

    /// <summary>Inserts <paramref name="rating"/>, then its answers and choices (which point to it).</summary>
    public async Task InsertAsync(RatingEntity rating, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await _ratings.ExecuteAsync(rating, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
        foreach (var answer in rating.Answers)
        {
            await _answers.ExecuteAsync(answer, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
        }

        foreach (var choice in rating.Choices)
        {
            await _choices.ExecuteAsync(choice, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Inserts the record of the prompt a rating completed.</summary>
    public Task InsertAsync(PromptRecordEntity prompt, DbTransaction transaction, CancellationToken cancellationToken) =>
        _prompts.ExecuteAsync(prompt, transaction, _pipeline, cancellationToken);

    /// <summary>
    /// Adds <paramref name="delta"/>'s counts to the roll-up cells and dossier codes, one prepared upsert per row, then
    /// copies the dissatisfied ratings of each code now counted more than once (<see cref="RepeatedDissatisfiedInsert"/>).
    /// </summary>
    public async Task AddRollupsAsync(RollupDelta delta, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var cell in delta.Ratings)
        {
            await _ratingCells.ExecuteAsync(cell, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
        }

        foreach (var cell in delta.Answers)
        {
            await _answerCells.ExecuteAsync(cell, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
        }

        foreach (var dossier in delta.DissatisfiedDossiers)
        {
            await _dissatisfiedDossiers.ExecuteAsync(dossier, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
        }

        foreach (var dossier in delta.DissatisfiedDossiers)
        {
            _repeatsCode.Set(dossier.DossierCode);
            _repeats.Transaction = transaction;
            await _pipeline.NonQueryAsync(_repeats, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stores <paramref name="head"/>: a new row for a chain begun in this transaction, else the row moved.</summary>
    public async Task SaveHeadAsync(ChainHeadEntity head, bool isNew, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (isNew)
        {
            await _newHead.ExecuteAsync(head, transaction, _pipeline, cancellationToken).ConfigureAwait(false);
            return;
        }

        _moveHeadSequence.Set(head.Sequence);
        _moveHeadHash.Set(head.Hash);
        _moveHeadKey.Set(head.ChainKey);
        _moveHead.Transaction = transaction;
        await _pipeline.NonQueryAsync(_moveHead, cancellationToken).ConfigureAwait(false);
    }

    // INSERT … ON CONFLICT (key) DO UPDATE SET count = count + excluded.count: the row's first rating inserts it, the next ones add.
    private static PreparedInsert Upsert(DbConnection connection, ModelTable table, ISqlGenerationHelper sql, string keyProperty, params string[] counts)
    {
        var key = sql.DelimitIdentifier(table.ColumnOf(keyProperty));
        var sets = counts.Select(c => sql.DelimitIdentifier(table.ColumnOf(c))).Select(c => $"{c} = {c} + excluded.{c}");
        return new PreparedInsert(connection, table, sql, $"ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", sets)}");
    }

    public void Dispose()
    {
        _ratings.Dispose();
        _answers.Dispose();
        _choices.Dispose();
        _prompts.Dispose();
        _newHead.Dispose();
        _ratingCells.Dispose();
        _answerCells.Dispose();
        _dissatisfiedDossiers.Dispose();
        _repeats.Dispose();
        _readHead.Dispose();
        _moveHead.Dispose();
    }
}
