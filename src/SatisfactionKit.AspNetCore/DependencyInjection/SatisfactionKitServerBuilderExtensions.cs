using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Hubs;
using SatisfactionKit.Server.Problems;
using SatisfactionKit.Server.Proxies;
using SatisfactionKit.Server.RateLimiting;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds SatisfactionKit's server side (SatisfactionKit.AspNetCore) to an ASP.NET Core app.</summary>
public static class SatisfactionKitServerBuilderExtensions
{
    /// <summary>
    /// Registers what <c>app.MapSatisfactionKit()</c> maps: SignalR and the counter hub, the counter device
    /// authentication scheme (<see cref="SatisfactionKitPolicies.DeviceScheme"/>) behind
    /// <see cref="ICounterConnectionAuthenticator"/>, and a default for every <see cref="SatisfactionKitPolicies"/>
    /// policy the vendor does not define. Options are validated when the host starts.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddSatisfactionKit(o =&gt; o.DefaultScheme = RatingSchemes.Hanoi2014)
    ///     .AddEntityFrameworkStores&lt;OneStopDbContext&gt;()
    ///     .AddServer()
    ///     .UseRedisBackplane(builder.Configuration.GetConnectionString("Redis")!);
    /// app.MapSatisfactionKit();
    /// </code>
    /// </example>
    public static SatisfactionKitServerBuilder AddServer(this SatisfactionKitBuilder builder, Action<SatisfactionKitServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SatisfactionKitServerOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SatisfactionKitServerOptions>, SatisfactionKitServerOptionsValidator>());
        services.AddSignalR();
        services.AddProblemDetails();
        // A database that is away: 503 + Retry-After for the vendor's endpoints too, under app.UseSatisfactionKit().
        services.AddExceptionHandler<DatabaseOutage>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, CounterDeviceAuthenticationHandler>(SatisfactionKitPolicies.DeviceScheme, displayName: "SatisfactionKit counter device", configureOptions: null);
        services.AddAuthorization();

        // Citizens: a rate limit per client address, after the trusted proxies' forwarded headers (applied first in
        // the pipeline by a startup filter, only when KnownProxies / KnownNetworks name some).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, ForwardedHeadersStartupFilter>());
        services.AddRateLimiter(_ => { });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<RateLimiterOptions>, CitizenRateLimit>());
        services.AddSingleton<IPostConfigureOptions<AuthorizationOptions>, DefaultPolicies>();

        // The device seam: refuses every device unless the vendor registers one, or opts into development identities.
        services.TryAddSingleton<RefusingCounterAuthenticator>();
        services.TryAddSingleton<DevelopmentCounterAuthenticator>();
        services.TryAddSingleton<ICounterConnectionAuthenticator>(sp =>
            sp.GetRequiredService<IOptions<SatisfactionKitServerOptions>>().Value.AllowDevelopmentCounterIdentities
                ? sp.GetRequiredService<DevelopmentCounterAuthenticator>()
                : sp.GetRequiredService<RefusingCounterAuthenticator>());

        services.TryAddSingleton<IPromptChangeRelay, LocalPromptChangeRelay>();
        // Which counters have a device, for the officer's "pad offline", and the answers to keyed presses; both in
        // this node's memory unless UseRedisBackplane shares them.
        services.TryAddSingleton<LocalCounterPresence>();
        services.TryAddSingleton<ICounterPresence>(sp => sp.GetRequiredService<LocalCounterPresence>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPressReceipts, LocalPressReceipts>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPromptListener, PromptBroadcaster>());
        return new SatisfactionKitServerBuilder(builder);
    }

    /// <summary>Adds the citizens' rate limiter policy (<see cref="SatisfactionKitRateLimits.Citizen"/>).</summary>
    private sealed class CitizenRateLimit(IOptions<SatisfactionKitServerOptions> server) : IConfigureOptions<RateLimiterOptions>
    {
        public void Configure(RateLimiterOptions options) =>
            options.AddPolicy(SatisfactionKitRateLimits.Citizen, new CitizenRateLimiterPolicy(server));
    }

    /// <summary>Adds the policies the vendor left undefined, after every configuration of <see cref="AuthorizationOptions"/>.</summary>
    private sealed class DefaultPolicies : IPostConfigureOptions<AuthorizationOptions>
    {
        public void PostConfigure(string? name, AuthorizationOptions options)
        {
            AddIfMissing(options, SatisfactionKitPolicies.Officer, p => p.RequireAssertion(c => CounterClaims.IsPerson(c.User)));
            AddIfMissing(options, SatisfactionKitPolicies.ReportReader, p => p.RequireAssertion(c => CounterClaims.IsPerson(c.User)));
            AddIfMissing(options, SatisfactionKitPolicies.UnitOfficer, p => p.RequireAssertion(c =>
                CounterClaims.IsPerson(c.User) && c.User.IsInRole(SatisfactionKitRoles.Officer) && c.User.HasClaim(x => x.Type == SatisfactionKitClaims.Unit)));
            AddIfMissing(options, SatisfactionKitPolicies.UnitAdmin, p => p.RequireAssertion(c =>
                CounterClaims.IsPerson(c.User) && c.User.IsInRole(SatisfactionKitRoles.UnitAdmin) && c.User.HasClaim(x => x.Type == SatisfactionKitClaims.Unit)));
            AddIfMissing(options, SatisfactionKitPolicies.ProvinceAdmin, p => p.RequireAssertion(c =>
                CounterClaims.IsPerson(c.User) && c.User.IsInRole(SatisfactionKitRoles.ProvinceAdmin)));
            AddIfMissing(options, SatisfactionKitPolicies.DeviceAdmin, p => p.RequireAssertion(c =>
                CounterClaims.IsPerson(c.User) && (c.User.IsInRole(SatisfactionKitRoles.ProvinceAdmin)
                    || (c.User.IsInRole(SatisfactionKitRoles.UnitAdmin) && c.User.HasClaim(x => x.Type == SatisfactionKitClaims.Unit)))));
            AddIfMissing(options, SatisfactionKitPolicies.Auditor, p => p.RequireAssertion(c =>
                CounterClaims.IsPerson(c.User) && c.User.IsInRole(SatisfactionKitRoles.Auditor)));
            AddIfMissing(options, SatisfactionKitPolicies.Device, p => p
                .AddAuthenticationSchemes(SatisfactionKitPolicies.DeviceScheme)
                .RequireClaim(CounterClaims.Unit)
                .RequireClaim(CounterClaims.Counter));
        }

        private static void AddIfMissing(AuthorizationOptions options, string name, Action<AuthorizationPolicyBuilder> build)
        {
            if (options.GetPolicy(name) is null)
            {
                options.AddPolicy(name, build);
            }
        }
    }
}
