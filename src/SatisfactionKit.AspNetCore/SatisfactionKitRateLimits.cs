namespace SatisfactionKit.Server;

/// <summary>
/// The rate limiter policies (ASP.NET Core's <c>Microsoft.AspNetCore.RateLimiting</c>) that <c>AddServer()</c> registers
/// and the endpoint groups require. They take effect once <c>app.UseSatisfactionKit()</c> (or the vendor's own
/// <c>app.UseRateLimiter()</c>) is in the pipeline.
/// </summary>
public static class SatisfactionKitRateLimits
{
    /// <summary>
    /// The anonymous citizen endpoints, per client address after trusted forwarded headers:
    /// <see cref="SatisfactionKitServerOptions.CitizenPermitLimit"/> requests per <see cref="SatisfactionKitServerOptions.CitizenWindow"/>.
    /// </summary>
    public const string Citizen = "SatisfactionKit.Citizen";
}
