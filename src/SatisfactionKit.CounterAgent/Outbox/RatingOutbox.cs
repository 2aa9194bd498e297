using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// The outbox shared by the decorating store (which writes), the forwarder (which delivers) and the
/// health check and metrics (which watch): the SQLite file, the wake-up signal and the delivery state.
/// </summary>
internal sealed class RatingOutbox : IRatingOutbox, IDisposable
{
    /// <summary>The service key the wrapped central <see cref="Ratings.IRatingStore"/> is registered under.</summary>
    public const string CentralStoreKey = "SatisfactionKit.Outbox.CentralStore";

    /// <summary>The lane under which failures of the outbox file itself (not of a delivery) are counted.</summary>
    public const string FileLane = "\u0000outbox-file";

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    // Failures in a row per lane (counter): another counter's successes must not hide a counter whose
    // ratings the central store keeps refusing. The outbox file's own failures count under a lane no counter has.
    private readonly Dictionary<string, (int Failures, string Error)> _failingLanes = new(StringComparer.Ordinal);
    private TaskCompletionSource _progressed = NewProgress();

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

    /// <summary>Clears <paramref name="lane"/>'s failures; returns how many in a row it ends (0 if none), so that one caller reports the recovery.</summary>
    public int DeliverySucceeded(string lane)
    {
        lock (_gate)
        {
            return _failingLanes.Remove(lane, out var failing) ? failing.Failures : 0;
        }
    }

    /// <summary>Counts a failure of <paramref name="lane"/>; returns its failures in a row.</summary>
    public int DeliveryFailed(string lane, Exception exception)
    {
        lock (_gate)
        {
            var failures = _failingLanes.GetValueOrDefault(lane).Failures + 1;
            _failingLanes[lane] = (failures, $"{exception.GetType().Name}: {exception.Message}");
            return failures;
        }
    }

    /// <summary>Wakes <see cref="WaitForDeliveryAsync"/> callers after each batch a lane delivered, and whenever the forwarder finds nothing to deliver.</summary>
    public void DeliveryProgressed()
    {
        TaskCompletionSource completed;
        lock (_gate)
        {
            completed = _progressed;
            _progressed = NewProgress();
        }

        completed.TrySetResult();
    }

    public async ValueTask<RatingOutboxStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var (pending, oldest, _, _) = await Database.CountAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            var worst = _failingLanes.Values.DefaultIfEmpty().MaxBy(f => f.Failures);
            return new RatingOutboxStatus(pending, oldest, worst.Failures, worst.Error);
        }
    }

    public async ValueTask<bool> WaitForDeliveryAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var (_, _, _, target) = await Database.CountAsync(cancellationToken).ConfigureAwait(false);
        using var deadline = new CancellationTokenSource(timeout, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        while (true)
        {
            Task progressed;
            lock (_gate)
            {
                progressed = _progressed.Task;
            }

            var (pending, _, first, _) = await Database.CountAsync(cancellationToken).ConfigureAwait(false);
            if (pending == 0 || first > target)
            {
                return true;
            }

            try
            {
                await progressed.WaitAsync(either.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    public void Dispose() => Database.Dispose();

    private static TaskCompletionSource NewProgress() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
