using System.Threading.Channels;

namespace SatisfactionKit.EntityFrameworkCore.Stores;

/// <summary>
/// Gathers the requests of concurrent callers into batches handled one at a time: whoever holds the turn
/// (the gate's loop, or a caller who found it free) takes up to <c>maxBatch</c> waiting requests and hands
/// them to the batch handler. A lone request is handled at once by its own caller, on its own thread, so a
/// quiet counter pays no hand-over to the loop and back; under load, requests arriving while a batch runs
/// share the next one.
/// </summary>
/// <typeparam name="T">A request; it carries its own completion, which the handler sets.</typeparam>
/// <remarks>
/// The handler must complete (or fail) every request of its batch and must not throw: the gate has no
/// caller to throw to. <c>close</c> runs once, after the last batch, while the turn is held, so that the
/// resources the handler keeps between batches (a context, prepared statements) are released by the one
/// who may use them.
/// </remarks>
internal sealed class BatchingGate<T> : IAsyncDisposable
{
    private readonly Channel<T> _queue;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly int _maxBatch;
    private readonly Func<List<T>, Task> _handle;
    private readonly Func<ValueTask> _close;
    private readonly Task _loop;

    /// <param name="maxBatch">The most requests one batch takes.</param>
    /// <param name="capacity">Requests that may wait before a caller waits for room (back-pressure).</param>
    /// <param name="handle">Handles one batch; called by the holder of the turn.</param>
    /// <param name="close">Releases what <paramref name="handle"/> keeps between batches; called once, at the end.</param>
    public BatchingGate(int maxBatch, int capacity, Func<List<T>, Task> handle, Func<ValueTask> close)
    {
        _maxBatch = maxBatch;
        _handle = handle;
        _close = close;
        _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Queues <paramref name="request"/> and, when nobody holds the turn, handles batches on this thread
    /// until <paramref name="completion"/> (the request's own) is done. Returns once the request is queued
    /// and, if this caller took the turn, handled; the caller then awaits its completion.
    /// </summary>
    public async ValueTask SubmitAsync(T request, Task completion, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        if (_turn.Wait(0, CancellationToken.None))
        {
            try
            {
                while (!completion.IsCompleted && await HandleNextAsync().ConfigureAwait(false))
                {
                }
            }
            finally
            {
                _turn.Release();
            }
        }
    }

    /// <summary>Accepts no more requests and waits until those accepted are handled and <c>close</c> has run.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _turn.Dispose();
    }

    /// <summary>The gate's loop: handles the requests their callers did not handle themselves.</summary>
    private async Task RunAsync()
    {
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            await _turn.WaitAsync().ConfigureAwait(false);
            try
            {
                while (await HandleNextAsync().ConfigureAwait(false))
                {
                }
            }
            finally
            {
                _turn.Release();
            }
        }

        // A caller may still be handling its own batch: what the handler keeps goes once the turn is free.
        await _turn.WaitAsync().ConfigureAwait(false);
        await _close().ConfigureAwait(false);
        _turn.Release();
    }

    /// <summary>Handles the next batch of waiting requests; the caller holds the turn. False when none waited.</summary>
    private async Task<bool> HandleNextAsync()
    {
        var batch = new List<T>();
        while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var request))
        {
            batch.Add(request);
        }

        if (batch.Count == 0)
        {
            return false;
        }

        await _handle(batch).ConfigureAwait(false);
        return true;
    }
}
