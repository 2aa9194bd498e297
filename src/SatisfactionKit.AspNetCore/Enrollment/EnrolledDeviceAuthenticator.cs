using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.Server.Enrollment;

/// <summary>
/// The <see cref="ICounterConnectionAuthenticator"/> of enrolled devices (<c>UseDeviceEnrollment()</c>): the device
/// presents its credential as <c>Authorization: Bearer skd1_…</c>, or as <c>access_token</c> in the query of a request
/// to the hub (browsers' WebSockets cannot send headers). The credential's hash is looked up on every request, so a
/// revoked device is refused from its next request on; the unit and counter come from the store, and a request that
/// names another unit or counter (the development headers or query) is refused. The last-seen time is written when
/// older than <see cref="SatisfactionKitServerOptions.DeviceLastSeenInterval"/>.
/// </summary>
internal sealed class EnrolledDeviceAuthenticator(
    ICounterDeviceStore store,
    TimeProvider time,
    IOptions<SatisfactionKitServerOptions> options,
    DevelopmentCounterAuthenticator development) : ICounterConnectionAuthenticator
{
    public async ValueTask<CounterAuthenticationResult> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var credential = ReadCredential(context, options.Value.HubPath);
        if (credential is null)
        {
            // No credential at all: a development identity when the vendor allowed those (the sample's on-screen pad).
            return options.Value.AllowDevelopmentCounterIdentities
                ? await development.AuthenticateAsync(context, cancellationToken).ConfigureAwait(false)
                : CounterAuthenticationResult.Refuse("no device credential");
        }

        if (!CounterDeviceSecrets.LooksLikeCredential(credential))
        {
            return CounterAuthenticationResult.Refuse("not a device credential");
        }

        var device = await store.FindByCredentialAsync(CounterDeviceSecrets.HashCredential(credential), cancellationToken).ConfigureAwait(false);
        if (device is null)
        {
            return CounterAuthenticationResult.Refuse("unknown device credential");
        }

        if (!device.IsActive)
        {
            return CounterAuthenticationResult.Refuse($"device {device.DeviceId} is revoked");
        }

        if (Names(context, DevelopmentCounterAuthenticator.UnitHeader, "unit") is { } unit && unit != device.UnitCode)
        {
            return CounterAuthenticationResult.Refuse($"device {device.DeviceId} of unit {device.UnitCode} named unit {unit}");
        }

        if (Names(context, DevelopmentCounterAuthenticator.CounterHeader, "counter") is { } counter && counter != device.CounterId)
        {
            return CounterAuthenticationResult.Refuse($"device {device.DeviceId} of counter {device.CounterId} named counter {counter}");
        }

        var now = time.GetUtcNow();
        if (device.LastSeenAt is not { } seen || now - seen >= options.Value.DeviceLastSeenInterval)
        {
            await store.TouchAsync(device.DeviceId, now, null, cancellationToken).ConfigureAwait(false);
        }

        return CounterAuthenticationResult.Accept(new CounterIdentity(device.UnitCode, device.CounterId, device.DeviceId));
    }

    private static string? ReadCredential(HttpContext context, string hubPath)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        // Only on the hub's path: a token in a URL ends up in access logs, so nowhere it is not needed.
        return context.Request.Path.StartsWithSegments(hubPath, StringComparison.OrdinalIgnoreCase)
            && context.Request.Query["access_token"].ToString() is { Length: > 0 } token
            ? token
            : null;
    }

    private static string? Names(HttpContext context, string header, string query)
    {
        var value = context.Request.Headers[header].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            value = context.Request.Query[query].ToString();
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
