using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>
/// The outbox's health: Unhealthy (or the registration's failure status) when delivery has failed
/// <see cref="RatingOutboxOptions.UnhealthyAfterFailures"/> times in a row; Degraded when the oldest
/// undelivered rating is older than <see cref="RatingOutboxOptions.DegradedAfter"/>; Healthy otherwise.
/// The data carries the numbers, for a dashboard.
/// </summary>
internal sealed class RatingOutboxHealthCheck : IHealthCheck
{
    private readonly IRatingOutbox _outbox;
    private readonly IOptions<RatingOutboxOptions> _options;
    private readonly TimeProvider _time;

    public RatingOutboxHealthCheck(IRatingOutbox outbox, IOptions<RatingOutboxOptions> options, TimeProvider timeProvider)
    {
        _outbox = outbox;
        _options = options;
        _time = timeProvider;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = _options.Value;
        var status = await _outbox.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        var age = status.OldestPendingAge(_time.GetUtcNow());
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["pending"] = status.Pending,
            ["oldest_pending_age_seconds"] = Math.Round(age.TotalSeconds, 1),
            ["consecutive_failures"] = status.ConsecutiveFailures,
        };
        if (status.LastError is { } lastError)
        {
            data["last_error"] = lastError;
        }

        var minutes = age.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture);
        if (status.ConsecutiveFailures >= options.UnhealthyAfterFailures)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"Chuyển đánh giá về máy chủ trung tâm thất bại {status.ConsecutiveFailures} lần liên tiếp; {status.Pending} đánh giá đang chờ, lâu nhất {minutes} phút. / " +
                $"Delivery to the central store failed {status.ConsecutiveFailures} times in a row; {status.Pending} ratings wait, the oldest for {minutes} min. ({status.LastError})",
                data: data);
        }

        if (age > options.DegradedAfter)
        {
            return HealthCheckResult.Degraded(
                $"{status.Pending} đánh giá chưa chuyển về máy chủ trung tâm, lâu nhất {minutes} phút. / " +
                $"{status.Pending} ratings not yet delivered to the central store, the oldest for {minutes} min.",
                data: data);
        }

        return HealthCheckResult.Healthy(
            $"{status.Pending} đánh giá đang chờ chuyển. / {status.Pending} ratings waiting for delivery.",
            data);
    }
}
