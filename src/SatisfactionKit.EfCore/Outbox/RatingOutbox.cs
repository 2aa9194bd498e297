using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.EntityFrameworkCore.Outbox;

/// <summary>
/// The outbox shared by the decorating store (which writes), the forwarder (which delivers) and the
/// health check and metrics (which watch): the SQLite file, the wake-up signal and the delivery state.
/// </summary>
internal sealed class RatingOutbox : IRatingOutbox, IDisposable
{
    /// <summary>The service key the wrapped central <see cref="Ratings.IRatingStore"/> is registered under.</summary>
    public const string CentralStoreKey = "SatisfactionKit.Outbox.CentralStore";

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private TaskCompletionSource _roundCompleted = NewRound();
    private int _consecutiveFailures;
    private string? _lastError;

    public RatingOutbox(IOptions<RatingOutboxOptions> options, TimeProvider timeProvider)
    {
        Database = new OutboxDatabase(options.Value.DatabasePath);
        _time = timeProvider;
    }

    public OutboxDatabase Database { get; }

    /// <summary>Tells the forwarder a rating is waiting.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Waits for <see cref="Wake"/> or until <paramref name="interval"/> has passed.</summary>
    public async ValueTask WaitForWorkAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var poll = new CancellationTokenSource(interval, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, poll.Token);
        try
        {
            await _wake.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
            _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed: look again anyway.
        }
    }

    /// <summary>Clears the failure state; returns how many failures in a row it ends (0 if none), so that one caller reports the recovery.</summary>
    public int DeliverySucceeded()
    {
        lock (_gate)
        {
            var ended = _consecutiveFailures;
            _consecutiveFailures = 0;
            _lastError = null;
            return ended;
        }
    }

    public int DeliveryFailed(Exception exception)
    {
        lock (_gate)
        {
            _lastError = $"{exception.GetType().Name}: {exception.Message}";
            return ++_consecutiveFailures;
        }
    }

    /// <summary>Wakes <see cref="WaitForDeliveryAsync"/> callers after each forwarding round.</summary>
    public void RoundCompleted()
    {
        TaskCompletionSource completed;
        lock (_gate)
        {
            completed = _roundCompleted;
            _roundCompleted = NewRound();
        }

        completed.TrySetResult();
    }

    public async ValueTask<RatingOutboxStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var (pending, oldest, _, _) = await Database.CountAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return new RatingOutboxStatus(pending, oldest, _consecutiveFailures, _lastError);
        }
    }

    public async ValueTask<bool> WaitForDeliveryAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var (_, _, _, target) = await Database.CountAsync(cancellationToken).ConfigureAwait(false);
        using var deadline = new CancellationTokenSource(timeout, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        while (true)
        {
            Task round;
            lock (_gate)
            {
                round = _roundCompleted.Task;
            }

            var (pending, _, first, _) = await Database.CountAsync(cancellationToken).ConfigureAwait(false);
            if (pending == 0 || first > target)
            {
                return true;
            }

            try
            {
                await round.WaitAsync(either.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    public void Dispose() => Database.Dispose();

    private static TaskCompletionSource NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
