using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// Adds a <see cref="RollupDelta"/> in one statement per table: <c>INSERT … SELECT * FROM unnest($1, …) ON
/// CONFLICT (key) DO UPDATE SET count = count + EXCLUDED.count</c>, the rows in key order (so two
/// transactions lock shared rows in the same order). Names and types come from the EF Core model.
/// </summary>
internal sealed class RollupUpsert
{
    private readonly string _sql;
    private readonly ArrayColumn[] _arrays;

    private RollupUpsert(string sql, ArrayColumn[] arrays)
    {
        _sql = sql;
        _arrays = arrays;
    }

    /// <summary>The three statements: rating cells, answer cells, and the dossier codes' dissatisfied counts.</summary>
    public static RollupUpserts For(DbContext context) => new(
        For(context, typeof(RatingRollupEntity), nameof(RatingRollupEntity.CellKey), nameof(RatingRollupEntity.Count), nameof(RatingRollupEntity.Satisfied), nameof(RatingRollupEntity.DissatisfiedWithDossier)),
        For(context, typeof(AnswerRollupEntity), nameof(AnswerRollupEntity.CellKey), nameof(AnswerRollupEntity.Count)),
        For(context, typeof(DissatisfiedDossierEntity), nameof(DissatisfiedDossierEntity.DossierCode), nameof(DissatisfiedDossierEntity.Ratings)));

    /// <summary>The statement adding <paramref name="cells"/>, to send in a batch.</summary>
    public NpgsqlBatchCommand Command(IReadOnlyList<object> cells)
    {
        var command = new NpgsqlBatchCommand(_sql);
        foreach (var column in _arrays)
        {
            command.Parameters.Add(column.Parameter(cells));
        }

        return command;
    }

    private static RollupUpsert For(DbContext context, Type clrType, string keyProperty, params string[] counts)
    {
        var table = ModelTable.For(context.Model, clrType, writtenByClient: true);
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Column)));
        var parameters = string.Join(", ", table.Columns.Select((_, i) => $"${i + 1}"));
        var key = sql.DelimitIdentifier(table.ColumnOf(keyProperty));
        var sets = string.Join(", ", counts.Select(c => sql.DelimitIdentifier(table.ColumnOf(c))).Select(c => $"{c} = t.{c} + EXCLUDED.{c}"));
        var statement = $"INSERT INTO {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} AS t ({columns}) SELECT * FROM unnest({parameters}) ON CONFLICT ({key}) DO UPDATE SET {sets}";
        return new RollupUpsert(statement, [.. table.Columns.Select(c => Array(c.Property))]);
    }

    private static ArrayColumn Array(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return ArrayColumn.For(Nullable.GetUnderlyingType(providerType) ?? providerType, property.GetGetter(), mapping.Converter, mapping.StoreTypeNameBase);
    }
}

/// <summary>The roll-up statements of one model.</summary>
internal sealed record RollupUpserts(RollupUpsert Ratings, RollupUpsert Answers, RollupUpsert DissatisfiedDossiers);
