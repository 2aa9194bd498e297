using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// The <see cref="IRatingStore"/> of a counter machine: <see cref="AddAsync"/> writes to the local
/// outbox only and returns once that write is on disk, so the citizen is thanked whether or not the
/// central store can be reached; <see cref="RatingOutboxForwarder"/> delivers later. Reads look in the
/// outbox first and then in the central store, so that a dossier rated while offline counts as rated.
/// </summary>
internal sealed class OutboxRatingStore : IRatingStore
{
    private readonly IRatingStore _central;
    private readonly RatingOutbox _outbox;
    private readonly OutboxMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxRatingStore> _logger;
    private readonly ResiliencePipeline _centralReads;

    public OutboxRatingStore(
        IRatingStore central,
        RatingOutbox outbox,
        OutboxMetrics metrics,
        IOptions<RatingOutboxOptions> options,
        TimeProvider timeProvider,
        ILogger<OutboxRatingStore> logger)
    {
        _central = central;
        _outbox = outbox;
        _metrics = metrics;
        _time = timeProvider;
        _logger = logger;
        _centralReads = BuildReadPipeline(options.Value);
    }

    /// <summary>
    /// Writes <paramref name="rating"/> to the outbox (durably) and returns; a rating already waiting
    /// under the same idempotency key is returned as a duplicate. One already delivered is written
    /// again and recognised by the central store on delivery, so nothing is ever stored twice centrally.
    /// </summary>
    public async ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentException.ThrowIfNullOrEmpty(rating.IdempotencyKey, nameof(rating));

        var (stored, wasDuplicate) = await _outbox.Database.EnqueueAsync(rating, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!wasDuplicate)
        {
            _metrics.Enqueued();
            OutboxLog.Enqueued(_logger, rating.Id, rating.IdempotencyKey, OutboxDatabase.LaneOf(rating));
            _outbox.Wake();
        }

        return new RatingStoreResult(stored, wasDuplicate);
    }

    public async ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await _outbox.Database.FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? await ReadCentralAsync(static (store, id, token) => store.FindAsync(id, token), id, null, nameof(FindAsync), cancellationToken).ConfigureAwait(false);

    public async ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);

        // The outbox first: a rating is deleted from it only after the central store has it, so
        // looking in this order never misses one that is on its way.
        return await _outbox.Database.FindByIdempotencyKeyAsync(idempotencyKey, cancellationToken).ConfigureAwait(false)
            ?? await ReadCentralAsync(static (store, key, token) => store.FindByIdempotencyKeyAsync(key, token), idempotencyKey, null, nameof(FindByIdempotencyKeyAsync), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossierCode);
        return await _outbox.Database.ExistsForDossierAsync(dossierCode, channel, cancellationToken).ConfigureAwait(false)
            || await ReadCentralAsync(static (store, query, token) => store.ExistsForDossierAsync(query.dossierCode, query.channel, token), (dossierCode, channel), false, nameof(ExistsForDossierAsync), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Asks the central store, but no longer than <see cref="RatingOutboxOptions.CentralReadTimeout"/>,
    /// and not at all for <see cref="RatingOutboxOptions.CentralBreakDuration"/> once its reads keep
    /// failing: when it cannot answer, the outbox's answer stands, because a counter must keep taking
    /// ratings while its link is down. (The price: a dossier rated on another channel during the outage
    /// can be rated again at the counter; the idempotency key still prevents any rating being stored twice.)
    /// </summary>
    private async ValueTask<T> ReadCentralAsync<TArgument, T>(
        Func<IRatingStore, TArgument, CancellationToken, ValueTask<T>> read,
        TArgument argument,
        T offlineAnswer,
        string operation,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _centralReads.ExecuteAsync(
                static (state, token) => state.read(state.central, state.argument, token),
                (read, central: _central, argument),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _metrics.CentralReadFailed();
            if (ex is not BrokenCircuitException)
            {
                OutboxLog.CentralReadFailed(_logger, ex, operation);
            }

            return offlineAnswer;
        }
    }

    private ResiliencePipeline BuildReadPipeline(RatingOutboxOptions options) => new ResiliencePipelineBuilder { TimeProvider = _time }
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 2,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = options.CentralBreakDuration,
            // A read the caller cancelled says nothing about the central store.
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is { } ex && !(ex is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
            OnOpened = args =>
            {
                OutboxLog.CentralReadsSuspended(_logger, args.BreakDuration);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                OutboxLog.CentralReadsResumed(_logger);
                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(options.CentralReadTimeout)
        .Build();
}
