using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// Every roll-up statement of one EF Core model, built once per model: one <see cref="RollupUpsert"/> per roll-up
/// table. <see cref="AddTo"/> appends them to the batch that carries the ratings (a group's rows and head move,
/// one round trip) or to a batch of their own (a paper import's chunk), always inside the ratings' transaction,
/// followed by the copy of the repeated dissatisfied ratings (<see cref="RepeatedDissatisfiedInsert"/>).
/// </summary>
internal sealed class RollupUpserts
{
    private readonly RollupUpsert _ratings;
    private readonly RollupUpsert _answers;
    private readonly RollupUpsert _dossiers;
    private readonly string _repeats;
    private readonly ArrayColumn _repeatsCodes;

    private RollupUpserts(RollupUpsert ratings, RollupUpsert answers, RollupUpsert dossiers, string repeats, ArrayColumn repeatsCodes)
    {
        _ratings = ratings;
        _answers = answers;
        _dossiers = dossiers;
        _repeats = repeats;
        _repeatsCodes = repeatsCodes;
    }

    public static RollupUpserts For(DbContext context) => new(
        RollupUpsert.For(context, typeof(RatingRollupEntity), nameof(RatingRollupEntity.CellKey), nameof(RatingRollupEntity.Count), nameof(RatingRollupEntity.Satisfied), nameof(RatingRollupEntity.DissatisfiedWithDossier)),
        RollupUpsert.For(context, typeof(AnswerRollupEntity), nameof(AnswerRollupEntity.CellKey), nameof(AnswerRollupEntity.Count)),
        RollupUpsert.For(context, typeof(DissatisfiedDossierEntity), nameof(DissatisfiedDossierEntity.DossierCode), nameof(DissatisfiedDossierEntity.Ratings)),
        RepeatedDissatisfiedInsert.Sql(context.Model, context.GetService<ISqlGenerationHelper>(), "= ANY($1)"),
        RollupUpsert.Array(context.Model.FindEntityType(typeof(DissatisfiedDossierEntity))!.FindProperty(nameof(DissatisfiedDossierEntity.DossierCode))!));

    /// <summary>
    /// Appends to <paramref name="batch"/> one statement per roll-up table that <paramref name="delta"/> adds to
    /// (none for an empty delta). A new roll-up table is one more <see cref="RollupUpsert"/> here, appended here.
    /// </summary>
    public void AddTo(NpgsqlBatch batch, RollupDelta delta)
    {
        _ratings.AddTo(batch, delta.Ratings);
        _answers.AddTo(batch, delta.Answers);
        // A dossier code is no chain's: the upsert's row lock orders two units' writers of the same code.
        var codes = delta.DissatisfiedDossiers;
        _dossiers.AddTo(batch, codes);
        if (codes.Count > 0)
        {
            // Its own statement, so its own snapshot: it sees the ratings of a writer whose row lock the upsert waited for.
            var repeats = new NpgsqlBatchCommand(_repeats);
            repeats.Parameters.Add(_repeatsCodes.Parameter(codes));
            batch.BatchCommands.Add(repeats);
        }
    }
}
