using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SatisfactionKit.EntityFrameworkCore.Stores.Statements;

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

    /// <summary>Executes a statement that returns no rows (an INSERT or UPDATE).</summary>
    public async Task<int> NonQueryAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        if (!_logger.ShouldLogCommandExecute(started))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var (commandId, clock) = (Guid.NewGuid(), Stopwatch.StartNew());
        try
        {
            var intercepted = await _logger.CommandNonQueryExecutingAsync(
                _connection, command, command.CommandText, _context, commandId, _connection.ConnectionId, started, CommandSource.SaveChanges, cancellationToken).ConfigureAwait(false);
            var result = intercepted.HasResult ? intercepted.Result : await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return await _logger.CommandNonQueryExecutedAsync(
                _connection, command, command.CommandText, _context, commandId, _connection.ConnectionId, result, started, clock.Elapsed, CommandSource.SaveChanges, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await _logger.CommandErrorAsync(
                _connection, command, command.CommandText, _context, DbCommandMethod.ExecuteNonQuery, commandId, _connection.ConnectionId, e, started, clock.Elapsed, CommandSource.SaveChanges, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Executes a query of one value.</summary>
    public async Task<object?> ScalarAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        if (!_logger.ShouldLogCommandExecute(started))
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        var (commandId, clock) = (Guid.NewGuid(), Stopwatch.StartNew());
        try
        {
            var intercepted = await _logger.CommandScalarExecutingAsync(
                _connection, command, command.CommandText, _context, commandId, _connection.ConnectionId, started, CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
            var result = intercepted.HasResult ? intercepted.Result : await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return await _logger.CommandScalarExecutedAsync(
                _connection, command, command.CommandText, _context, commandId, _connection.ConnectionId, result, started, clock.Elapsed, CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await _logger.CommandErrorAsync(
                _connection, command, command.CommandText, _context, DbCommandMethod.ExecuteScalar, commandId, _connection.ConnectionId, e, started, clock.Elapsed, CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Executes a query of rows; the caller disposes the reader.</summary>
    public async Task<DbDataReader> ReaderAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        if (!_logger.ShouldLogCommandExecute(started))
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }

        var (commandId, clock) = (Guid.NewGuid(), Stopwatch.StartNew());
        try
        {
            var intercepted = await _logger.CommandReaderExecutingAsync(
                _connection, command, command.CommandText, _context, commandId, _connection.ConnectionId, started, CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
            var result = intercepted.HasResult ? intercepted.Result : await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await _logger.CommandReaderExecutedAsync(
                _connection, command, command.CommandText, _context, commandId, _connection.ConnectionId, result, started, clock.Elapsed, CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await _logger.CommandErrorAsync(
                _connection, command, command.CommandText, _context, DbCommandMethod.ExecuteReader, commandId, _connection.ConnectionId, e, started, clock.Elapsed, CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }
}
