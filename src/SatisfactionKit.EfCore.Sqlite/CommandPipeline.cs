using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SatisfactionKit.EntityFrameworkCore.Sqlite;

/// <summary>
/// Runs the prepared commands through the context's command diagnostics, as EF Core runs its own: the
/// vendor's <see cref="IDbCommandInterceptor"/>s, EF Core's command logging and its DiagnosticSource
/// events (which tracing and metrics listen to) see them. When nothing listens, EF Core's own check
/// (<c>ShouldLogCommandExecute</c>) lets the command run with no extra work.
/// </summary>
internal sealed class CommandPipeline
{
    private readonly DbContext _context;
    private readonly IRelationalConnection _connection;
    private readonly IRelationalCommandDiagnosticsLogger _logger;

    public CommandPipeline(DbContext context)
    {
        _context = context;
        _connection = context.GetService<IRelationalConnection>();
        _logger = context.GetService<IRelationalCommandDiagnosticsLogger>();
    }

    private delegate ValueTask<InterceptionResult<T>> Executing<T>(CommandPipeline pipeline, DbCommand command, Guid commandId, DateTimeOffset started, CancellationToken cancellationToken);

    private delegate ValueTask<T> Executed<T>(CommandPipeline pipeline, DbCommand command, Guid commandId, T result, DateTimeOffset started, TimeSpan elapsed, CancellationToken cancellationToken);

    /// <summary>Executes a statement that returns no rows (an INSERT or UPDATE).</summary>
    public Task<int> NonQueryAsync(DbCommand command, CancellationToken cancellationToken) => RunAsync(
        command,
        DbCommandMethod.ExecuteNonQuery,
        CommandSource.SaveChanges,
        static (c, ct) => c.ExecuteNonQueryAsync(ct),
        static (p, c, id, started, ct) => p._logger.CommandNonQueryExecutingAsync(p._connection, c, c.CommandText, p._context, id, p._connection.ConnectionId, started, CommandSource.SaveChanges, ct),
        static (p, c, id, result, started, elapsed, ct) => p._logger.CommandNonQueryExecutedAsync(p._connection, c, c.CommandText, p._context, id, p._connection.ConnectionId, result, started, elapsed, CommandSource.SaveChanges, ct),
        cancellationToken);

    /// <summary>Executes a query of one value.</summary>
    public Task<object?> ScalarAsync(DbCommand command, CancellationToken cancellationToken) => RunAsync<object?>(
        command,
        DbCommandMethod.ExecuteScalar,
        CommandSource.LinqQuery,
        static (c, ct) => c.ExecuteScalarAsync(ct),
        static async (p, c, id, started, ct) =>
        {
            var intercepted = await p._logger.CommandScalarExecutingAsync(p._connection, c, c.CommandText, p._context, id, p._connection.ConnectionId, started, CommandSource.LinqQuery, ct).ConfigureAwait(false);
            return intercepted.HasResult ? InterceptionResult<object?>.SuppressWithResult(intercepted.Result) : default;
        },
        static (p, c, id, result, started, elapsed, ct) => p._logger.CommandScalarExecutedAsync(p._connection, c, c.CommandText, p._context, id, p._connection.ConnectionId, result, started, elapsed, CommandSource.LinqQuery, ct),
        cancellationToken);

    /// <summary>Executes a query of rows; the caller disposes the reader.</summary>
    public Task<DbDataReader> ReaderAsync(DbCommand command, CancellationToken cancellationToken) => RunAsync(
        command,
        DbCommandMethod.ExecuteReader,
        CommandSource.LinqQuery,
        static (c, ct) => c.ExecuteReaderAsync(ct),
        static (p, c, id, started, ct) => p._logger.CommandReaderExecutingAsync(p._connection, c, c.CommandText, p._context, id, p._connection.ConnectionId, started, CommandSource.LinqQuery, ct),
        static (p, c, id, result, started, elapsed, ct) => p._logger.CommandReaderExecutedAsync(p._connection, c, c.CommandText, p._context, id, p._connection.ConnectionId, result, started, elapsed, CommandSource.LinqQuery, ct),
        cancellationToken);

    /// <summary>
    /// The sequence EF Core's own commands follow: executing (an interceptor may supply the result),
    /// the command, executed (an interceptor may replace the result), or the error.
    /// </summary>
    private async Task<T> RunAsync<T>(
        DbCommand command,
        DbCommandMethod method,
        CommandSource source,
        Func<DbCommand, CancellationToken, Task<T>> execute,
        Executing<T> executing,
        Executed<T> executed,
        CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        if (!_logger.ShouldLogCommandExecute(started))
        {
            return await execute(command, cancellationToken).ConfigureAwait(false);
        }

        var (commandId, clock) = (Guid.NewGuid(), Stopwatch.StartNew());
        try
        {
            var intercepted = await executing(this, command, commandId, started, cancellationToken).ConfigureAwait(false);
            var result = intercepted.HasResult ? intercepted.Result : await execute(command, cancellationToken).ConfigureAwait(false);
            return await executed(this, command, commandId, result, started, clock.Elapsed, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await _logger.CommandErrorAsync(
                _connection, command, command.CommandText, _context, method, commandId, _connection.ConnectionId, e, started, clock.Elapsed, source, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }
}
