using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Hubs;

/// <summary>What the officer's view makes of presence.</summary>
internal static class CounterPresenceExtensions
{
    /// <summary>
    /// Whether the counter's pad can answer: a device seen by any node decides; a counter never seen is offline only
    /// when a device was enrolled for it and not revoked, redeemed or still waiting for its agent (else its pad may live
    /// in the server's own process, the embedded mode, which presence cannot see).
    /// </summary>
    public static async ValueTask<bool> PadOnlineAsync(this ICounterPresence presence, IServiceProvider services, CounterKey counter, CancellationToken cancellationToken)
    {
        if (await presence.IsOnlineAsync(counter, cancellationToken).ConfigureAwait(false) is { } seen)
        {
            return seen;
        }

        if (services.GetService<ICounterDeviceStore>() is not { } devices)
        {
            return true;
        }

        var enrolled = await devices.ListAsync(counter.UnitCode, cancellationToken).ConfigureAwait(false);
        return !enrolled.Any(d => d.RevokedAt is null && string.Equals(d.CounterId, counter.CounterId, StringComparison.Ordinal));
    }
}
