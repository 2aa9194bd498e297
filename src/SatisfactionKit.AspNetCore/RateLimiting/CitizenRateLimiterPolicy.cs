using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SatisfactionKit.Server.Problems;
using SatisfactionKit.Server.Proxies;

namespace SatisfactionKit.Server.RateLimiting;

/// <summary>
/// The citizen endpoints' limit (<see cref="SatisfactionKitRateLimits.Citizen"/>): a fixed window of
/// <see cref="SatisfactionKitServerOptions.CitizenPermitLimit"/> requests per client address
/// (<see cref="ClientAddress"/>, after trusted forwarded headers). Over it: 429, <c>Retry-After</c> and a problem
/// document in the caller's language.
/// </summary>
internal sealed class CitizenRateLimiterPolicy(IOptions<SatisfactionKitServerOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static (context, ct) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ServerProblems.WriteAsync(
            context.HttpContext,
            StatusCodes.Status429TooManyRequests,
            "SK_TOO_MANY_REQUESTS",
            ServerText.TooManyRequests,
            culture => string.Format(CultureInfo.InvariantCulture, ServerText.TooManyRequestsDetail.Get(culture), seconds));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var server = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = server.CitizenPermitLimit,
            Window = server.CitizenWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
