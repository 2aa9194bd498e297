using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// Sends the outbox's presses to the hub one after the other, oldest first, while the hub connection is up; removes
/// each only after the server's answer. A press sent twice (the answer was lost, the agent was killed before the
/// removal) carries the same idempotency key, which the server answers with its first answer.
/// </summary>
internal sealed partial class PressDelivery(
    PressOutbox outbox,
    IOptions<CounterAgentOptions> options,
    TimeProvider time,
    ILogger<PressDelivery> logger)
{
    private const int BatchSize = 64;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AgentPressAck?>> _waiters = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private volatile HubConnection? _connection;

    /// <summary>Presses delivered since start (for the sample's console and tests).</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    /// <summary>The connection to deliver over (set by the worker when connected, cleared when lost).</summary>
    public void Attach(HubConnection? connection)
    {
        _connection = connection;
        Wake();
    }

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Asks for the kept press <paramref name="key"/> to be sent now; its answer, or <see langword="null"/> if none came in time.</summary>
    public async ValueTask<AgentPressAck?> SendNowAsync(string key, CancellationToken cancellationToken)
    {
        if (_connection is not { State: HubConnectionState.Connected })
        {
            // No server to ask: the pad thanks the citizen from the outbox at once rather than after AnswerWait.
            Wake();
            return null;
        }

        var waiter = new TaskCompletionSource<AgentPressAck?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[key] = waiter;
        Wake();
        try
        {
            return await waiter.Task.WaitAsync(options.Value.AnswerWait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _waiters.TryRemove(key, out _);
        }
    }

    public async Task RunAsync(Func<CancellationToken, ValueTask> everyRound, CancellationToken stoppingToken)
    {
        var failures = 0;
        var waiting = await outbox.CountAsync(stoppingToken).ConfigureAwait(false);
        LogStarted(waiting, outbox.FilePath);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await everyRound(stoppingToken).ConfigureAwait(false);
                var more = _connection is { State: HubConnectionState.Connected } connection
                    && await DeliverBatchAsync(connection, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (!more)
                {
                    await WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The server away, the connection lost, a timeout: kept, tried again after a backoff.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures++;
                var delay = Backoff.Delay(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, failures);
                LogDeliveryFailed(failures, delay, ex.Message);
                try
                {
                    await WaitAsync(delay, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }

        var kept = await outbox.CountAsync(CancellationToken.None).ConfigureAwait(false);
        LogStopped(kept);
    }

    /// <summary>Delivers up to one batch in order; <see langword="true"/> when more may wait.</summary>
    private async Task<bool> DeliverBatchAsync(HubConnection connection, CancellationToken stoppingToken)
    {
        var batch = await outbox.PeekAsync(BatchSize, stoppingToken).ConfigureAwait(false);
        foreach (var (seq, press) in batch)
        {
            AgentPressAck? ack;
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                attempt.CancelAfter(options.Value.DeliveryTimeout);
                ack = await connection.InvokeAsync<AgentPressAck>("Press", press, attempt.Token).ConfigureAwait(false);
            }
            catch (HubException ex) when (ex.Message.Contains("SK_PRESS_INVALID", StringComparison.Ordinal))
            {
                // The server refused the press as malformed (a pad profile's code it cannot take): nothing was recorded
                // and a retry would be refused alike, so it must not hold back the presses after it.
                LogRefused(press.IdempotencyKey ?? "?", ex.Message);
                ack = null;
            }

            // Not cancellable: the server has taken the press, so its row must go.
            await outbox.RemoveAsync(seq, CancellationToken.None).ConfigureAwait(false);
            Interlocked.Increment(ref _delivered);
            LogDelivered(press.IdempotencyKey, ack?.Disposition);
            if (press.IdempotencyKey is { } key && _waiters.TryGetValue(key, out var waiter))
            {
                waiter.TrySetResult(ack);
            }
        }

        return batch.Count == BatchSize;
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(delay, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _wake.Reader.ReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Counter agent outbox {Path} opened with {Pending} press(es) waiting")]
    private partial void LogStarted(long pending, string path);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Debug, Message = "Press {Key} delivered: {Disposition} (none: refused as malformed)")]
    private partial void LogDelivered(string? key, SatisfactionKit.Prompts.PressDisposition? disposition);

    [LoggerMessage(EventId = 4323, Level = LogLevel.Warning, Message = "Delivery of kept presses failed ({Failures} in a row); next try in {Delay}: {Reason}")]
    private partial void LogDeliveryFailed(int failures, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 4324, Level = LogLevel.Error, Message = "The server refused kept press {Key} as malformed; it is dropped: {Reason}")]
    private partial void LogRefused(string key, string reason);

    [LoggerMessage(EventId = 4325, Level = LogLevel.Information, Message = "Counter agent delivery stopped with {Pending} press(es) kept")]
    private partial void LogStopped(long pending);
}
