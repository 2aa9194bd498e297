using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Server.Hubs;

/// <summary>
/// The <see cref="SatisfactionKitPolicies.DeviceScheme"/> scheme: asks <see cref="ICounterConnectionAuthenticator"/>
/// and turns its answer into a principal with <see cref="CounterClaims"/>. A refused device gets 401 before any
/// hub connection or press is accepted.
/// </summary>
internal sealed partial class CounterDeviceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ICounterConnectionAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await authenticator.AuthenticateAsync(Context, Context.RequestAborted).ConfigureAwait(false);
        if (result.Identity is not { } identity)
        {
            // No result rather than a failure: when this is the app's only (so default) scheme it runs for every
            // request, officers' and citizens' too; a policy that needs a device still answers 401.
            LogRefused(Logger, result.Failure ?? "refused");
            return AuthenticateResult.NoResult();
        }

        return AuthenticateResult.Success(new AuthenticationTicket(CounterClaims.ToPrincipal(identity), Scheme.Name));
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Counter device refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
