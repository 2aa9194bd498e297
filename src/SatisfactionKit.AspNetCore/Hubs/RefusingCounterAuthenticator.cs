using Microsoft.AspNetCore.Http;

namespace SatisfactionKit.Server.Hubs;

/// <summary>The secure default: no device is known until the vendor registers a way to know one.</summary>
internal sealed class RefusingCounterAuthenticator : ICounterConnectionAuthenticator
{
    public ValueTask<CounterAuthenticationResult> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CounterAuthenticationResult.Refuse("no ICounterConnectionAuthenticator is configured (enroll devices, or AllowDevelopmentCounterIdentities in development)"));
}
