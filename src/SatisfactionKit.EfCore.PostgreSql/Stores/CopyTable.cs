using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.PostgreSql.Stores;

/// <summary>
/// The binary COPY of one entity type into its table, built from the EF Core model: table, schema and
/// column names, column types and value conversions as the model says, so a vendor's schema or table
/// prefix (<c>UseSatisfactionKit(o =&gt; …)</c>) is honoured without a name in this package.
/// </summary>
internal sealed class CopyTable
{
    private readonly string _command;
    private readonly CopyColumn[] _columns;
    private readonly string _insert;
    private readonly ArrayColumn[] _arrays;

    private CopyTable(string command, CopyColumn[] columns, string insert, ArrayColumn[] arrays)
    {
        _command = command;
        _columns = columns;
        _insert = insert;
        _arrays = arrays;
    }

    /// <summary>The <c>COPY … FROM STDIN (FORMAT BINARY)</c> statement, for messages and tests.</summary>
    public string Command => _command;

    /// <summary>Reads the mapping of <paramref name="clrType"/> from <paramref name="context"/>'s model.</summary>
    /// <exception cref="NotSupportedException">A mapped property is a shadow property or store-generated: COPY cannot write what EF Core would.</exception>
    public static CopyTable For(DbContext context, Type clrType)
    {
        // COPY writes every listed column from the row object: a shadow value (in EF Core's change
        // tracker) or a store-generated one cannot be copied faithfully, and ModelTable refuses them.
        var table = ModelTable.For(context.Model, clrType, writtenByClient: true);
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = table.Columns.Select(c => Column(c.Property, c.Column)).ToArray();
        var names = $"{sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))})";
        var command = $"COPY {names} FROM STDIN (FORMAT BINARY)";
        var insert = $"INSERT INTO {names} SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})";
        return new CopyTable(command, columns, insert, [.. table.Columns.Select(c => Array(c.Property))]);
    }

    /// <summary>
    /// One <c>INSERT … SELECT * FROM unnest($1, …)</c> of <paramref name="rows"/>, a column's values per
    /// array parameter, to send in a batch with other statements; for the few rows of a group, where
    /// COPY's two round trips per table cost more than the rows.
    /// </summary>
    public NpgsqlBatchCommand Insert(IReadOnlyList<object> rows)
    {
        var command = new NpgsqlBatchCommand(_insert);
        foreach (var column in _arrays)
        {
            command.Parameters.Add(column.Parameter(rows));
        }

        return command;
    }

    /// <summary>Copies <paramref name="rows"/> on <paramref name="connection"/>, inside its current transaction.</summary>
    /// <returns>The number of rows the server stored.</returns>
    public async Task<ulong> CopyAsync(NpgsqlConnection connection, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        // Disposing the importer before CompleteAsync (an exception, a cancellation) cancels the COPY:
        // the server stores none of its rows and the caller's transaction is left to roll back.
        var importer = await connection.BeginBinaryImportAsync(_command, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (var column in _columns)
                {
                    await column.WriteAsync(importer, row, cancellationToken).ConfigureAwait(false);
                }
            }

            return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static ArrayColumn Array(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return ArrayColumn.For(Nullable.GetUnderlyingType(providerType) ?? providerType, property.GetGetter(), mapping.Converter, mapping.StoreTypeNameBase);
    }

    private static CopyColumn Column(IProperty property, string columnName)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        var providerType = converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        // The base name without facets ("character varying", not "character varying(64)"): what Npgsql
        // resolves a data type by; the facets are the column's, checked by the server as for an INSERT.
        var dataTypeName = mapping.StoreTypeNameBase;
        var type = typeof(CopyColumn<>).MakeGenericType(providerType);
        return (CopyColumn)Activator.CreateInstance(type, columnName, property.GetGetter(), converter, dataTypeName)!;
    }
}
