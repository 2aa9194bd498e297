using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.EntityFrameworkCore.Outbox;

/// <summary>
/// Delivers the outbox to the central store in the background: the oldest ratings first, one after
/// the other within a counter (so each counter's ratings arrive in the order they were given), several
/// counters at once, each delivery retried with exponential backoff and jitter until the central store
/// takes it. A rating leaves the outbox only after the central store has it; a delivery repeated after
/// a crash is answered by the central store as a duplicate of its idempotency key.
/// </summary>
internal sealed class RatingOutboxForwarder : BackgroundService
{
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

                var head = await _outbox.Database.ReadHeadAsync(_options.BatchSize, stoppingToken).ConfigureAwait(false);
                if (head.Count == 0)
                {
                    _outbox.RoundCompleted();
                    await _outbox.WaitForWorkAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                var lanes = head.GroupBy(e => e.Counter, StringComparer.Ordinal).Select(g => g.ToArray());
                await Parallel.ForEachAsync(
                    lanes,
                    new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelCounters, CancellationToken = stoppingToken },
                    async (lane, token) =>
                    {
                        foreach (var entry in lane)
                        {
                            await DeliverAsync(entry, delivery, token).ConfigureAwait(false);
                        }
                    }).ConfigureAwait(false);
                _outbox.RoundCompleted();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Not a delivery failure (those are retried inside the pipeline): the outbox file itself
                // failed (a full disk, a payload this version cannot read). Nothing is lost or skipped;
                // the round is tried again later, and the health check turns unhealthy meanwhile.
                _outbox.DeliveryFailed(ex);
                OutboxLog.ForwarderFailed(_logger, ex, _options.MaxRetryDelay);
                try
                {
                    await Task.Delay(_options.MaxRetryDelay, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

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

    private async ValueTask DeliverAsync(OutboxEntry entry, ResiliencePipeline delivery, CancellationToken cancellationToken)
    {
        var rating = OutboxDatabase.Deserialize(entry);
        var context = ResilienceContextPool.Shared.Get(entry.IdempotencyKey, cancellationToken);
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

        if (_outbox.DeliverySucceeded() is var failures and > 0)
        {
            var pending = (await _outbox.Database.CountAsync(cancellationToken).ConfigureAwait(false)).Pending;
            OutboxLog.DeliveryRecovered(_logger, failures, pending);
        }

        // The central store has it now; a crash before this delete only means one more delivery,
        // which the central store answers as a duplicate.
        await _outbox.Database.DeleteAsync(entry.Sequence, CancellationToken.None).ConfigureAwait(false);
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
                var failures = _outbox.DeliveryFailed(exception);
                _metrics.DeliveryFailed(exception);
                OutboxLog.DeliveryFailed(_logger, exception, args.Context.OperationKey ?? string.Empty, failures, args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(_options.DeliveryTimeout)
        .Build();
}
