using Microsoft.AspNetCore.Http;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// The seam that identifies a counter device (an agent or a tablet) from its request: its hub connection and
/// every HTTP call it makes under the <see cref="SatisfactionKitPolicies.Device"/> policy. The default refuses
/// every device; <see cref="SatisfactionKitServerOptions.AllowDevelopmentCounterIdentities"/> turns on one that
/// believes the device's own headers (development only); device enrollment (hashed, revocable credentials)
/// registers its own. Registered as a singleton: the last registration wins.
/// </summary>
public interface ICounterConnectionAuthenticator
{
    /// <summary>The counter the request's device serves, or a refusal.</summary>
    ValueTask<CounterAuthenticationResult> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken);
}
