using Microsoft.AspNetCore.SignalR.Client;

namespace SatisfactionKit.CounterAgent.Agent;

/// <summary>
/// Exponential backoff with jitter, from the first delay up to the longest, never giving up: a counter PC waits for
/// its server as long as it takes. Also SignalR's reconnect policy.
/// </summary>
internal sealed class Backoff(TimeSpan first, TimeSpan longest) : IRetryPolicy
{
    public static TimeSpan Delay(TimeSpan first, TimeSpan longest, int attempt)
    {
        var exponential = first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = Math.Min(exponential, longest.TotalMilliseconds);
        // Jitter: hundreds of counter PCs that lost the same server must not come back in the same millisecond.
        return TimeSpan.FromMilliseconds(capped * (0.75 + (Random.Shared.NextDouble() * 0.25)));
    }

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(first, longest, (int)Math.Min(retryContext.PreviousRetryCount + 1, int.MaxValue));
}
