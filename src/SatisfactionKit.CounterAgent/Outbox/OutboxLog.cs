using Microsoft.Extensions.Logging;

namespace SatisfactionKit.CounterAgent.Outbox;

internal static partial class OutboxLog
{
    [LoggerMessage(4101, LogLevel.Debug, "Rating {RatingId} ({IdempotencyKey}) written to the outbox for counter '{Counter}'")]
    public static partial void Enqueued(ILogger logger, Guid ratingId, string idempotencyKey, string counter);

    [LoggerMessage(4102, LogLevel.Debug, "Rating {IdempotencyKey} delivered to the central store (already there: {WasDuplicate})")]
    public static partial void Delivered(ILogger logger, string idempotencyKey, bool wasDuplicate);

    [LoggerMessage(4111, LogLevel.Warning, "Rating {IdempotencyKey} was refused by the central store: dossier {DossierCode} already has rating {HolderId} from another writer; it is dropped from the outbox")]
    public static partial void RefusedAlreadyRated(ILogger logger, string idempotencyKey, string? dossierCode, Guid holderId);

    [LoggerMessage(4103, LogLevel.Warning, "Delivery of rating {IdempotencyKey} to the central store failed ({ConsecutiveFailures} in a row, attempt {Attempt}); next try in {RetryDelay}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string idempotencyKey, int consecutiveFailures, int attempt, TimeSpan retryDelay);

    [LoggerMessage(4104, LogLevel.Information, "Central store reachable again after {Failures} failed attempts; {Pending} ratings still in the outbox")]
    public static partial void DeliveryRecovered(ILogger logger, int failures, int pending);

    [LoggerMessage(4105, LogLevel.Information, "Outbox {Path} opened with {Pending} undelivered ratings, the oldest from {OldestSince}")]
    public static partial void Opened(ILogger logger, string path, int pending, DateTimeOffset? oldestSince);

    [LoggerMessage(4106, LogLevel.Warning, "The central store did not answer {Operation}; answered from the outbox alone")]
    public static partial void CentralReadFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(4109, LogLevel.Warning, "Reads of the central store keep failing; reads are answered from the outbox alone for {BreakDuration}")]
    public static partial void CentralReadsSuspended(ILogger logger, TimeSpan breakDuration);

    [LoggerMessage(4110, LogLevel.Information, "The central store answers reads again")]
    public static partial void CentralReadsResumed(ILogger logger);

    [LoggerMessage(4107, LogLevel.Error, "The outbox forwarder failed outside a delivery; it starts again after {RetryDelay}")]
    public static partial void ForwarderFailed(ILogger logger, Exception exception, TimeSpan retryDelay);

    [LoggerMessage(4108, LogLevel.Information, "Outbox forwarder stopping with {Pending} undelivered ratings kept in {Path}")]
    public static partial void Stopping(ILogger logger, int pending, string path);
}
