using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SatisfactionKit.EntityFrameworkCore.Internal;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Runs a fast path's after-commit work (<see cref="IRatingStoreFastPath.AfterCommitsAsync"/>) in the
/// background, shortly after ratings were committed, so that no press waits for it. On SQLite that work is
/// the write-ahead-log checkpoint: SQLite otherwise checkpoints inside the commit that takes the log past
/// 1,000 pages, and a press every fifty or so paid it (the slowest presses were those). The fast path's
/// lane connection turns its automatic checkpoint off; the writer signals <see cref="Committed"/>.
/// </summary>
/// <remarks>
/// The work follows the fast path's delay after the first commit it has not yet covered: under a stream
/// of presses SQLite's log stays a few hundred pages long, and a quiet counter costs one checkpoint per
/// press, off its latency. It runs through a context of its own, so the vendor's interceptors (an
/// encryption key set on open, say) apply.
/// </remarks>
internal sealed partial class CommitFollower<TContext> : IAsyncDisposable
    where TContext : DbContext
{
    private readonly IRatingStoreFastPath _fastPath;
    private readonly TimeSpan _delay;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _pending;

    public CommitFollower(IRatingStoreFastPath fastPath, TimeSpan delay, IServiceScopeFactory scopes, ILogger logger)
    {
        _fastPath = fastPath;
        _delay = delay;
        _scopes = scopes;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Says that ratings were committed: the after-commit work follows within the fast path's delay.</summary>
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
                await Task.Delay(_delay, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping: on SQLite, closing the last connection checkpoints the log anyway.
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
                    await _fastPath.AfterCommitsAsync(context, _stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Retried after the next commit (a checkpoint: the log is only longer meanwhile).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogAfterCommitFailed(ex);
            }
        }
    }

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "The work after rating commits (an SQLite checkpoint) failed; it is retried after the next rating")]
    private partial void LogAfterCommitFailed(Exception exception);
}
