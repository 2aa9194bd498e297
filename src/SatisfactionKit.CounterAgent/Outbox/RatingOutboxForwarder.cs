using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// Delivers the outbox to the central store in the background: the oldest ratings first, one after
/// the other within a counter (so each counter's ratings arrive in the order they were given), several
/// counters at once, each delivery retried with exponential backoff and jitter until the central store
/// takes it. A rating leaves the outbox only after the central store has it; a delivery repeated after
/// a crash is answered by the central store as a duplicate of its idempotency key.
/// </summary>
internal sealed class RatingOutboxForwarder : BackgroundService
{
    private static readonly ResiliencePropertyKey<string> LaneProperty = new("satisfactionkit.outbox.lane");

    private readonly RatingOutbox _outbox;
    private readonly IRatingStore _central;
    private readonly OutboxMetrics _metrics;
    private readonly RatingOutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RatingOutboxForwarder> _logger;

    public RatingOutboxForwarder(
        RatingOutbox outbox,
        [FromKeyedServices(RatingOutbox.CentralStoreKey)] IRatingStore central,
        OutboxMetrics metrics,
        IOptions<RatingOutboxOptions> options,
        TimeProvider timeProvider,
        ILogger<RatingOutboxForwarder> logger)
    {
        _outbox = outbox;
        _central = central;
        _metrics = metrics;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delivery = BuildPipeline(stoppingToken);
        var workers = new Dictionary<string, Task>(StringComparer.Ordinal);
        var opened = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!opened)
                {
                    var status = await _outbox.GetStatusAsync(stoppingToken).ConfigureAwait(false);
                    OutboxLog.Opened(_logger, _outbox.Database.FilePath, status.Pending, status.OldestPendingSince);
                    opened = true;
                }

                foreach (var finished in workers.Where(w => w.Value.IsCompleted).Select(w => w.Key).ToList())
                {
                    workers.Remove(finished);
                }

                // One worker per counter with ratings waiting, the longest-waiting counters first: a
                // counter whose ratings the central store keeps refusing holds only its own lane.
                var lanes = await _outbox.Database.ReadLanesAsync(stoppingToken).ConfigureAwait(false);
                _outbox.DeliverySucceeded(RatingOutbox.FileLane);
                foreach (var lane in lanes)
                {
                    if (workers.Count >= _options.MaxParallelCounters)
                    {
                        break;
                    }

                    if (!workers.ContainsKey(lane))
                    {
                        workers[lane] = DeliverLaneAsync(lane, delivery, stoppingToken);
                    }
                }

                if (workers.Count == 0)
                {
                    _outbox.DeliveryProgressed();
                    await _outbox.WaitForWorkAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                // Look again when a lane is done (a slot is free) or, while a slot is free, when a rating
                // arrives (perhaps at a counter with no worker yet). Running workers find their own new ratings.
                await (workers.Count >= _options.MaxParallelCounters
                    ? Task.WhenAny(workers.Values)
                    : Task.WhenAny([.. workers.Values, _outbox.WaitForWorkAsync(_options.PollInterval, stoppingToken).AsTask()])).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The outbox file itself failed (a full disk, a locked file). Nothing is lost; it is read again later.
                await PauseAfterAsync(RatingOutbox.FileLane, ex, stoppingToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(workers.Values).ConfigureAwait(false);
        try
        {
            var left = await _outbox.GetStatusAsync(CancellationToken.None).ConfigureAwait(false);
            OutboxLog.Stopping(_logger, left.Pending, _outbox.Database.FilePath);
        }
        catch (SqliteException)
        {
            // Only a log line is lost; the outbox itself is as it was.
        }
    }

    /// <summary>Delivers one counter's ratings, one after the other in the order they were given, until none wait.</summary>
    private async Task DeliverLaneAsync(string lane, ResiliencePipeline delivery, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (await _outbox.Database.ReadLaneAsync(lane, _options.BatchSize, stoppingToken).ConfigureAwait(false) is { Count: > 0 } entries)
            {
                foreach (var entry in entries)
                {
                    await DeliverAsync(entry, delivery, stoppingToken).ConfigureAwait(false);
                }

                _outbox.DeliveryProgressed();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is not delivered stays in the outbox for the next start.
        }
        catch (Exception ex)
        {
            // Not a delivery failure (those are retried inside the pipeline): the outbox file failed, or
            // holds a payload this version cannot read. Nothing is skipped; the lane is tried again later.
            await PauseAfterAsync(lane, ex, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task PauseAfterAsync(string lane, Exception exception, CancellationToken stoppingToken)
    {
        _outbox.DeliveryFailed(lane, exception);
        OutboxLog.ForwarderFailed(_logger, exception, _options.MaxRetryDelay);
        try
        {
            await Task.Delay(_options.MaxRetryDelay, _time, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async ValueTask DeliverAsync(OutboxEntry entry, ResiliencePipeline delivery, CancellationToken cancellationToken)
    {
        var rating = OutboxDatabase.Deserialize(entry);
        var context = ResilienceContextPool.Shared.Get(entry.IdempotencyKey, cancellationToken);
        context.Properties.Set(LaneProperty, entry.Counter);
        RatingStoreResult result;
        try
        {
            result = await delivery.ExecuteAsync(
                static async (context, state) => await state.Central.AddAsync(state.Rating, context.CancellationToken).ConfigureAwait(false),
                context,
                (Central: _central, Rating: rating)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (_outbox.DeliverySucceeded(entry.Counter) is var failures and > 0)
        {
            var pending = (await _outbox.Database.CountAsync(cancellationToken).ConfigureAwait(false)).Pending;
            OutboxLog.DeliveryRecovered(_logger, failures, pending);
        }

        // The central store has it now; a crash before this delete only means one more delivery,
        // which the central store answers as a duplicate.
        await _outbox.Database.DeleteAsync(entry.Sequence, CancellationToken.None).ConfigureAwait(false);
        if (result.DossierAlreadyRated)
        {
            // A final answer, not a failure: the dossier was rated elsewhere (another counter, online)
            // before this rating reached the centre; retrying would be refused forever.
            _metrics.Refused();
            OutboxLog.RefusedAlreadyRated(_logger, entry.IdempotencyKey, rating.Dossier?.DossierCode, result.Rating.Id);
            return;
        }

        _metrics.Delivered(result.WasDuplicate);
        OutboxLog.Delivered(_logger, entry.IdempotencyKey, result.WasDuplicate);
    }

    private ResiliencePipeline BuildPipeline(CancellationToken stoppingToken) => new ResiliencePipelineBuilder { TimeProvider = _time }
        .AddRetry(new RetryStrategyOptions
        {
            // Every failure is worth another try (the server is down, the link is cut, a deadlock):
            // a rating is never dropped. Only stopping the host ends the retries.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !stoppingToken.IsCancellationRequested),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = _options.RetryDelay,
            MaxDelay = _options.MaxRetryDelay,
            OnRetry = args =>
            {
                var exception = args.Outcome.Exception!;
                var failures = _outbox.DeliveryFailed(args.Context.Properties.GetValue(LaneProperty, string.Empty), exception);
                _metrics.DeliveryFailed(exception);
                OutboxLog.DeliveryFailed(_logger, exception, args.Context.OperationKey ?? string.Empty, failures, args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(_options.DeliveryTimeout)
        .Build();
}
