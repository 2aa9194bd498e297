using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SatisfactionKit.EntityFrameworkCore.Entities;

namespace SatisfactionKit.EntityFrameworkCore.Internal;

/// <summary>
/// The statement that keeps <see cref="RepeatedDissatisfiedRatingEntity"/> rows after the dossier codes' counts
/// are added: for the given codes whose count is now above one, it copies their dissatisfied ratings that are not
/// there yet from the ratings table (<c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>, as SQLite and PostgreSQL
/// write it). Run after the ratings and the codes' upsert of the same transaction: the code's row lock, taken by
/// the upsert, makes a second writer of the same code wait, and its statement then sees the first one's ratings.
/// </summary>
/// <remarks>For provider packages; may change between minor versions.</remarks>
public static class RepeatedDissatisfiedInsert
{
    /// <summary>
    /// The statement's text for <paramref name="model"/>'s tables; <paramref name="codeCondition"/> follows the
    /// codes table's code column (for example <c>= @c</c> or <c>= ANY($1)</c>).
    /// </summary>
    public static string Sql(IModel model, ISqlGenerationHelper sql, string codeCondition)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sql);
        var repeats = ModelTable.For(model, typeof(RepeatedDissatisfiedRatingEntity), writtenByClient: true);
        var ratings = ModelTable.For(model, typeof(RatingEntity), writtenByClient: false);
        var codes = ModelTable.For(model, typeof(DissatisfiedDossierEntity), writtenByClient: true);
        var targets = string.Join(", ", repeats.Columns.Select(c => sql.DelimitIdentifier(c.Column)));
        // Each copied column is the rating's column of the same property name (the rating's key is its Id).
        var sources = string.Join(", ", repeats.Columns.Select(c => "r." + sql.DelimitIdentifier(ratings.ColumnOf(
            c.Property.Name == nameof(RepeatedDissatisfiedRatingEntity.RatingId) ? nameof(RatingEntity.Id) : c.Property.Name))));
        var code = sql.DelimitIdentifier(codes.ColumnOf(nameof(DissatisfiedDossierEntity.DossierCode)));
        var count = sql.DelimitIdentifier(codes.ColumnOf(nameof(DissatisfiedDossierEntity.Ratings)));
        var ratingCode = sql.DelimitIdentifier(ratings.ColumnOf(nameof(RatingEntity.DossierCode)));
        var satisfied = sql.DelimitIdentifier(ratings.ColumnOf(nameof(RatingEntity.IsSatisfied)));
        var key = sql.DelimitIdentifier(repeats.ColumnOf(nameof(RepeatedDissatisfiedRatingEntity.RatingId)));
        // The WHERE also settles SQLite's reading of ON after a join: it belongs to the upsert.
        return $"INSERT INTO {sql.DelimitIdentifier(repeats.Table.Name, repeats.Table.Schema)} ({targets}) " +
            $"SELECT {sources} FROM {sql.DelimitIdentifier(ratings.Table.Name, ratings.Table.Schema)} AS r " +
            $"INNER JOIN {sql.DelimitIdentifier(codes.Table.Name, codes.Table.Schema)} AS d ON d.{code} = r.{ratingCode} " +
            $"WHERE d.{code} {codeCondition} AND d.{count} > 1 AND NOT r.{satisfied} " +
            $"ON CONFLICT ({key}) DO NOTHING";
    }
}
