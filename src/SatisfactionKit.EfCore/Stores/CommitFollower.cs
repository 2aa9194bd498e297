using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Checkpoints an SQLite write-ahead log in the background, shortly after ratings were committed, so that
/// no press waits for a checkpoint. SQLite otherwise checkpoints inside the commit that takes the log past
/// 1,000 pages: that commit copies the log into the database file and syncs it, and a press every fifty
/// or so paid it (the slowest presses were those). The rating writer's connection turns its automatic
/// checkpoint off and signals <see cref="Committed"/>; this runs <c>PRAGMA wal_checkpoint(PASSIVE)</c>
/// through a context of its own, which never blocks the writer (SQLite's own advice for latency-bound writers).
/// </summary>
/// <remarks>
/// The checkpoint follows <see cref="Delay"/> after the first commit it has not yet covered: under a
/// stream of presses the log stays a few hundred pages long (a long log slows every read and commit),
/// and a quiet counter costs one checkpoint per press, off its latency. Without write-ahead logging the
/// pragma does nothing. Other connections keep SQLite's automatic checkpoint.
/// </remarks>
internal sealed partial class WalCheckpointer<TContext> : IAsyncDisposable
    where TContext : DbContext
{
    /// <summary>How long after a commit its checkpoint runs: commits in between share it.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(50);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _pending;

    public WalCheckpointer(IServiceScopeFactory scopes, ILogger logger)
    {
        _scopes = scopes;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Says that ratings were committed: a checkpoint follows within <see cref="Delay"/>.</summary>
    public void Committed()
    {
        // One signal covers every commit until the checkpoint starts; the semaphore never exceeds one.
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _signal.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _signal.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(_stop.Token).ConfigureAwait(false);
                await Task.Delay(Delay, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping: closing the last connection checkpoints the log anyway.
                return;
            }

            // Commits from here on signal again and get a checkpoint of their own.
            Volatile.Write(ref _pending, 0);
            try
            {
                var scope = _scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var context = scope.ServiceProvider.GetRequiredService<TContext>();
                    await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)", _stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed checkpoint is retried after the next commit; the log is only longer meanwhile.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogCheckpointFailed(ex);
            }
        }
    }

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Checkpointing the SQLite write-ahead log failed; it is retried after the next rating")]
    private partial void LogCheckpointFailed(Exception exception);
}
