using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// Adds one roll-up table's cells in one statement over the cells as arrays (<c>unnest($1, …)</c>, in key order):
/// an <c>UPDATE … FROM</c> adds the counts of the cells that exist, then an <c>INSERT … ON CONFLICT (cell) DO
/// UPDATE</c> inserts the others. Names and types come from the EF Core model. <see cref="RollupUpserts"/> holds
/// one per table.
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

    /// <summary>Appends the statement adding <paramref name="cells"/> (in key order) to <paramref name="batch"/>, if there are any.</summary>
    public void AddTo(NpgsqlBatch batch, IReadOnlyList<object> cells)
    {
        if (cells.Count == 0)
        {
            return;
        }

        var command = new NpgsqlBatchCommand(_sql);
        foreach (var column in _arrays)
        {
            command.Parameters.Add(column.Parameter(cells));
        }

        batch.BatchCommands.Add(command);
    }

    /// <summary>The upsert of <paramref name="clrType"/>'s table, adding to the columns of <paramref name="counts"/> on conflict.</summary>
    public static RollupUpsert For(DbContext context, Type clrType, params string[] counts)
    {
        var table = ModelTable.For(context.Model, clrType, writtenByClient: true);
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Column)));
        var parameters = string.Join(", ", table.Columns.Select((_, i) => $"${i + 1}"));
        var key = sql.DelimitIdentifier(table.ColumnOf(nameof(RatingRollupEntity.CellKey)));
        var counted = counts.Select(c => sql.DelimitIdentifier(table.ColumnOf(c))).ToList();
        var name = sql.DelimitIdentifier(table.Table.Name, table.Table.Schema);
        // Most cells of a write exist already: a plain UPDATE adds to them (one heap record each, where ON CONFLICT
        // first locks the row, a second record), and only the cells it did not find are inserted. ON CONFLICT stays
        // as the guard: under the chains' locks no other writer can have inserted one of them meanwhile.
        var statement = $"WITH v ({columns}) AS (SELECT * FROM unnest({parameters})), "
            + $"u AS (UPDATE {name} AS t SET {string.Join(", ", counted.Select(c => $"{c} = t.{c} + v.{c}"))} FROM v WHERE t.{key} = v.{key} RETURNING t.{key}) "
            + $"INSERT INTO {name} AS t ({columns}) SELECT * FROM v WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.{key} = v.{key}) "
            + $"ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", counted.Select(c => $"{c} = t.{c} + EXCLUDED.{c}"))}";
        return new RollupUpsert(statement, [.. table.Columns.Select(c => Array(c.Property))]);
    }

    private static ArrayColumn Array(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return ArrayColumn.For(Nullable.GetUnderlyingType(providerType) ?? providerType, property.GetGetter(), mapping.Converter, mapping.StoreTypeNameBase);
    }
}
