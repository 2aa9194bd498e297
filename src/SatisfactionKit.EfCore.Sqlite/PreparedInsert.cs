using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Sqlite;

/// <summary>
/// <c>INSERT INTO table (every column) VALUES (…)</c> for one entity type, as one command kept on its
/// connection and reused for every row: the provider prepares the statement once (SQLite keeps the
/// compiled statement with the command), where a new command per row is compiled anew.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly DbCommand _command;
    private readonly BoundColumn[] _columns;

    /// <param name="connection">The connection the command stays on.</param>
    /// <param name="table">The entity type's table.</param>
    /// <param name="sql">The provider's SQL helper.</param>
    /// <param name="onConflict">An <c>ON CONFLICT …</c> clause to append (an upsert), or null.</param>
    public PreparedInsert(DbConnection connection, ModelTable table, ISqlGenerationHelper sql, string? onConflict = null)
    {
        _command = connection.CreateCommand();
        var columns = new List<BoundColumn>(table.Columns.Count);
        var names = new List<string>(table.Columns.Count);
        var values = new List<string>(table.Columns.Count);
        foreach (var (property, column) in table.Columns)
        {
            var parameter = $"p{columns.Count}";
            columns.Add(new BoundColumn(_command, sql.GenerateParameterName(parameter), property));
            names.Add(sql.DelimitIdentifier(column));
            values.Add(sql.GenerateParameterNamePlaceholder(parameter));
        }

        _columns = [.. columns];
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)}){(onConflict is null ? string.Empty : " " + onConflict)}";
    }

    /// <summary>The statement, for messages and tests.</summary>
    public string CommandText => _command.CommandText;

    /// <summary>Inserts <paramref name="row"/> (an instance of the entity type) inside <paramref name="transaction"/>.</summary>
    public async Task ExecuteAsync(object row, DbTransaction transaction, CommandPipeline pipeline, CancellationToken cancellationToken)
    {
        foreach (var column in _columns)
        {
            column.Bind(row);
        }

        _command.Transaction = transaction;
        await pipeline.NonQueryAsync(_command, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _command.Dispose();
}
