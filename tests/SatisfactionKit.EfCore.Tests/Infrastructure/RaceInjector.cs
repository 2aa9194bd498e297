using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SatisfactionKit.EfCore.Tests.Infrastructure;

/// <summary>
/// Runs an action just before the next rating insert starts, to stage a second writer committing the
/// same idempotency key between the store's look-up and its insert: the race the unique index exists
/// for, made deterministic. It fires when <c>SaveChanges</c> begins its transaction (SQLite's
/// <c>BEGIN IMMEDIATE</c> would otherwise lock the other writer out) or, when no transaction is used,
/// when the insert command is sent.
/// </summary>
public sealed class RaceInjector : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private Func<Task>? _beforeNextRatingInsert;

    public void BeforeNextRatingInsert(Func<Task> action) => _beforeNextRatingInsert = action;

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await RunAsync();
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (IsRatingInsert(command))
        {
            await RunAsync();
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (IsRatingInsert(command))
        {
            await RunAsync();
        }

        return result;
    }

    private static bool IsRatingInsert(DbCommand command) =>
        command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) &&
        command.CommandText.Contains("SK_Ratings\"", StringComparison.Ordinal);

    private async Task RunAsync()
    {
        if (Interlocked.Exchange(ref _beforeNextRatingInsert, null) is { } action)
        {
            await action();
        }
    }
}
