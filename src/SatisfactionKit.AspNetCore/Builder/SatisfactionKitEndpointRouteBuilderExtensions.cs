using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Endpoints;
using SatisfactionKit.Server.Hubs;
using SatisfactionKit.Server.Kiosk;
using SatisfactionKit.Server.Problems;

// The Map… extensions live in ASP.NET Core's builder namespace, as its own do.
#pragma warning disable IDE0130
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>
/// Maps SatisfactionKit's server endpoints (after <c>AddServer()</c>). Each group has its own method, for a vendor
/// who maps only some; <see cref="MapSatisfactionKit"/> maps them all.
/// </summary>
public static class SatisfactionKitEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every group under <paramref name="prefix"/> and the counter hub at
    /// <see cref="SatisfactionKitServerOptions.HubPath"/> beside it (not inside the returned group, so that securing
    /// the group for officers does not lock the devices out). Anonymous callers reach only the citizen endpoints
    /// (<c>GET online/scheme</c>, <c>POST online/ratings</c>, <c>GET online/links/{token}</c>,
    /// <c>POST online/status</c>) and a device redeeming its enrollment code (<c>POST devices/redeem</c>); every other endpoint requires a <see cref="SatisfactionKitPolicies"/> policy.
    /// </summary>
    /// <returns>The API group, to prefix further, secure (<c>.RequireAuthorization(…)</c>), rate-limit or tag.</returns>
    public static RouteGroupBuilder MapSatisfactionKit(this IEndpointRouteBuilder endpoints, string prefix = "/api")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapSatisfactionKitCounterHub();
        var group = endpoints.MapGroup(prefix);
        group.MapSatisfactionKitOnlineRating();
        group.MapSatisfactionKitStatusLookUp();
        group.MapSatisfactionKitReceipts();
        group.MapSatisfactionKitCounterCommands();
        group.MapSatisfactionKitCounterDevices();
        group.MapSatisfactionKitDeviceEnrollment();
        group.MapSatisfactionKitReports();
        return group;
    }

    /// <summary>Citizens (anonymous): <c>GET online/scheme</c>, <c>POST online/ratings</c> (dossier code + verification code), <c>GET online/links/{token}</c>.</summary>
    public static RouteGroupBuilder MapSatisfactionKitOnlineRating(this IEndpointRouteBuilder endpoints) =>
        Localized(OnlineEndpoints.MapOnlineRating(endpoints));

    /// <summary>Citizens (anonymous): <c>POST online/status</c>, behind the same code checks and lockouts as online rating.</summary>
    public static RouteGroupBuilder MapSatisfactionKitStatusLookUp(this IEndpointRouteBuilder endpoints) =>
        Localized(OnlineEndpoints.MapStatusLookUp(endpoints));

    /// <summary>Officers (<see cref="SatisfactionKitPolicies.Officer"/>): <c>POST dossiers/{code}/receipt</c>.</summary>
    public static RouteGroupBuilder MapSatisfactionKitReceipts(this IEndpointRouteBuilder endpoints) =>
        Localized(ReceiptEndpoints.Map(endpoints));

    /// <summary>
    /// Officers (<see cref="SatisfactionKitPolicies.Officer"/>): <c>POST|DELETE units/{unitCode}/counters/{counterId}/prompt</c>,
    /// <c>GET units/{unitCode}/counters/{counterId}/status</c>, <c>GET units/{unitCode}/counters/{counterId}/events</c>
    /// (server-sent events). A counter belongs to a unit; <c>counters/{counterId}/…</c> without the unit is refused
    /// (400, <c>SK_COUNTER_AMBIGUOUS</c>).
    /// </summary>
    public static RouteGroupBuilder MapSatisfactionKitCounterCommands(this IEndpointRouteBuilder endpoints)
    {
        Localized(CounterCommandEndpoints.MapUnitRequired(endpoints));
        return Localized(CounterCommandEndpoints.Map(endpoints));
    }

    /// <summary>
    /// Counter devices (<see cref="SatisfactionKitPolicies.Device"/>): <c>GET units/{unitCode}/counters/{counterId}/pad</c>,
    /// <c>GET …/device-events</c>, <c>POST …/presses</c>, for the device's own unit and counter.
    /// </summary>
    public static RouteGroupBuilder MapSatisfactionKitCounterDevices(this IEndpointRouteBuilder endpoints) =>
        Localized(CounterDeviceEndpoints.Map(endpoints));

    /// <summary>
    /// Device enrollment: <c>POST devices</c> (enroll, answers a one-time code), <c>GET devices?unit=</c>,
    /// <c>DELETE devices/{deviceId}</c> (revoke) for <see cref="SatisfactionKitPolicies.DeviceAdmin"/>, and
    /// <c>POST devices/redeem</c> (anonymous, rate-limited: the code for the device's credential).
    /// </summary>
    public static RouteGroupBuilder MapSatisfactionKitDeviceEnrollment(this IEndpointRouteBuilder endpoints) =>
        Localized(DeviceEnrollmentEndpoints.Map(endpoints));

    /// <summary>Officials (<see cref="SatisfactionKitPolicies.ReportReader"/>): <c>GET reports</c>, <c>GET reports/portal.json</c>.</summary>
    public static RouteGroupBuilder MapSatisfactionKitReports(this IEndpointRouteBuilder endpoints) =>
        Localized(ReportEndpoints.Map(endpoints));

    /// <summary>The counter hub (SignalR) at <see cref="SatisfactionKitServerOptions.HubPath"/>, for counter devices only (<see cref="SatisfactionKitPolicies.Device"/>).</summary>
    public static IEndpointConventionBuilder MapSatisfactionKitCounterHub(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SatisfactionKitServerOptions>>().Value;
        return endpoints.MapHub<CounterHub>(options.HubPath).RequireAuthorization(SatisfactionKitPolicies.Device);
    }

    /// <summary>
    /// The kiosk page for a tablet facing the citizen at <paramref name="pattern"/>: paired to one counter with an
    /// enrollment code from <c>POST devices</c> (needs <c>UseDeviceEnrollment()</c>), it shows the counter's prompt with the
    /// scheme's keys, big and touch-only, Vietnamese first, and presses with the same outcomes and idempotency as a pad.
    /// The page itself is static and open to anyone; everything it does afterwards requires the tablet's credential.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="pattern">Where the page is served.</param>
    /// <param name="apiPrefix">The prefix <see cref="MapSatisfactionKit"/> was given, where the page finds the device endpoints.</param>
    public static IEndpointConventionBuilder MapSatisfactionKitKiosk(this IEndpointRouteBuilder endpoints, string pattern = "/kiosk", string apiPrefix = "/api")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(apiPrefix);
        var html = KioskPage.Render(apiPrefix);
        return endpoints.MapGet(pattern, (HttpContext http) => KioskPage.Serve(html, http))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static RouteGroupBuilder Localized(RouteGroupBuilder group)
    {
        group.AddEndpointFilter(RequestLanguage.Filter);
        group.AddEndpointFilter(DatabaseOutage.Filter);
        return group;
    }
}
