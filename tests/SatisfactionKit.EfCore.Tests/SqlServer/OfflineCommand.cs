using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace SatisfactionKit.EfCore.Tests.SqlServer;

/// <summary>
/// The command <see cref="OfflineSqlServer"/> gives EF Core instead of a <see cref="SqlCommand"/>, which would
/// refuse the offline transaction: it carries the text and the provider's own <see cref="SqlParameter"/>s (so
/// the SQL Server type mappings configure them as for a server) and is never executed (the interceptor
/// answers first).
/// </summary>
internal sealed class OfflineCommand : DbCommand
{
    private readonly SqlCommand _parameters = new();

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string CommandText { get; set; } = string.Empty;

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection { get; set; }

    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override int ExecuteNonQuery() => 1;

    public override object? ExecuteScalar() => 0;

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new SqlParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => new OfflineReader(CommandText);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _parameters.Dispose();
        }

        base.Dispose(disposing);
    }
}
