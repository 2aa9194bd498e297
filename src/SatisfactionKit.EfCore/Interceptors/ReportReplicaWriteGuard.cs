using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SatisfactionKit.EntityFrameworkCore.Interceptors;

/// <summary>
/// Makes the report replica's context read-only on the client, before anything reaches the server: refuses
/// <c>SaveChanges</c>, and the commands of <c>ExecuteUpdate</c>, <c>ExecuteDelete</c> and <c>ExecuteSql</c>.
/// A hot standby refuses writes itself; this says so clearly, and also where the "replica" is, by mistake, a
/// writable database. Stateless, so one instance serves every context.
/// </summary>
/// <remarks>
/// Refused by the command's source, not by its kind: providers run their own probes as non-queries, and those
/// must still pass (Npgsql's <c>CanConnect</c>, which the health check calls, sends <c>SELECT 1</c> so, marked as a
/// migration command: migrations' commands are therefore let through; nothing migrates through this context).
/// </remarks>
internal sealed class ReportReplicaWriteGuard : DbCommandInterceptor, ISaveChangesInterceptor
{
    public const string Message =
        "Ngữ cảnh của bản sao đọc (read replica) dành cho báo cáo chỉ để đọc: không ghi được gì qua nó; hãy ghi vào cơ sở dữ liệu chính. "
        + "/ The report replica's context is read-only: nothing can be written through it; write to the primary database.";

    public static ReportReplicaWriteGuard Instance { get; } = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException(Message);

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Message);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Check(CommandEventData eventData)
    {
        if (eventData.CommandSource is CommandSource.SaveChanges or CommandSource.ExecuteUpdate or CommandSource.ExecuteDelete or CommandSource.ExecuteSqlRaw)
        {
            throw new InvalidOperationException(Message);
        }
    }
}
