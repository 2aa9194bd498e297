using SatisfactionKit.Server;

// The Use… extensions live in ASP.NET Core's builder namespace, as its own do.
#pragma warning disable IDE0130
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>The middleware SatisfactionKit's endpoints rely on.</summary>
public static class SatisfactionKitApplicationBuilderExtensions
{
    /// <summary>
    /// Adds ASP.NET Core's rate limiter (<c>UseRateLimiter()</c>), which enforces <see cref="SatisfactionKitRateLimits.Citizen"/>
    /// on the citizen endpoints, and its exception handler (<c>UseExceptionHandler()</c>), which turns a database
    /// that is away into 503 with <c>Retry-After</c> and a problem document. Call it once, before <c>MapSatisfactionKit()</c>
    /// and after <c>UseRouting()</c> if the app calls that itself; do not also call <c>UseRateLimiter()</c>, or each
    /// request counts twice. Trusted forwarded headers need no call here: <c>AddServer()</c> applies them first in the
    /// pipeline when <see cref="SatisfactionKitServerOptions.KnownProxies"/> or <see cref="SatisfactionKitServerOptions.KnownNetworks"/> are set.
    /// </summary>
    public static IApplicationBuilder UseSatisfactionKit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseRateLimiter();
        return app;
    }
}
