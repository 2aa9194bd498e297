using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Server.Problems;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// Device enrollment: an administrator (policy <see cref="SatisfactionKitPolicies.DeviceAdmin"/>, limited to their units)
/// enrolls a device for a counter and gets a one-time code, lists a unit's devices and revokes one; the device redeems
/// its code (anonymous, under the citizens' rate limit) for its credential, once.
/// </summary>
internal static class DeviceEnrollmentEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var devices = endpoints.MapGroup("/devices").WithTags("Counter device enrollment");

        devices.MapPost("/", EnrollAsync).RequireAuthorization(SatisfactionKitPolicies.DeviceAdmin)
            .Accepts<EnrollDeviceBody>("application/json")
            .WithSummary("Enrolls a counter device for a counter of one of the administrator's units: answers its one-time enrollment code.");

        devices.MapGet("/", ListAsync).RequireAuthorization(SatisfactionKitPolicies.DeviceAdmin)
            .WithSummary("The devices of a unit (?unit=), with their last-seen time and pad state.");

        devices.MapDelete("/{deviceId}", RevokeAsync).RequireAuthorization(SatisfactionKitPolicies.DeviceAdmin)
            .WithSummary("Revokes a device: its credential is refused from the next request on.");

        devices.MapPost("/redeem", RedeemAsync).AllowAnonymous().RequireRateLimiting(SatisfactionKitRateLimits.Citizen)
            .Accepts<RedeemEnrollmentBody>("application/json")
            .WithSummary("A device exchanges its one-time enrollment code for its credential (once).");

        return devices;
    }

    private static async Task<IResult> EnrollAsync(HttpContext http, IOptions<SatisfactionKitServerOptions> options, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ServerProblems.ReadJsonAsync<EnrollDeviceBody>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.UnitCode) || string.IsNullOrWhiteSpace(body.CounterId))
        {
            return ServerProblems.Required([.. new[] { ("unitCode", body.UnitCode), ("counterId", body.CounterId) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1)]);
        }

        if ((InputRules.Codes(("unitCode", body.UnitCode), ("counterId", body.CounterId)) ?? InputRules.Key("displayName", body.DisplayName)) is { } bad)
        {
            return bad;
        }

        if (!SatisfactionKitClaims.MayActFor(http.User, body.UnitCode))
        {
            return ServerProblems.OtherUnit(body.UnitCode);
        }

        if (Store(http) is not { } store)
        {
            return ServerProblems.NotConfigured(nameof(ICounterDeviceStore));
        }

        // No check against other units' counters: a counter is (unit, counter id), so unit Q2's QUAY-01 is another
        // counter than unit Q1's, with its own prompts and devices.
        var now = time.GetUtcNow();
        var code = CounterDeviceSecrets.NewEnrollmentCode();
        var device = new CounterDevice(Guid.NewGuid().ToString("N"), body.UnitCode, body.CounterId, string.IsNullOrWhiteSpace(body.DisplayName) ? body.CounterId : body.DisplayName.Trim())
        {
            CreatedAt = now,
            EnrollmentExpiresAt = now + options.Value.EnrollmentCodeLifetime,
        };
        await store.AddAsync(device, CounterDeviceSecrets.HashEnrollmentCode(code), ct).ConfigureAwait(false);
        return Results.Created(
            $"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{device.DeviceId}",
            new DeviceEnrollmentCode(device.DeviceId, device.UnitCode, device.CounterId, device.DisplayName, code, device.EnrollmentExpiresAt));
    }

    private static async Task<IResult> ListAsync(string? unit, HttpContext http, CancellationToken ct)
    {
        if (InputRules.Codes(("unit", unit)) is { } bad)
        {
            return bad;
        }

        // A unit administrator lists one of their units, never the whole province.
        if (string.IsNullOrWhiteSpace(unit) ? SatisfactionKitClaims.UnitsOf(http.User) is not null : !SatisfactionKitClaims.MayActFor(http.User, unit))
        {
            return ServerProblems.OtherUnit(unit);
        }

        return Store(http) is not { } store
            ? ServerProblems.NotConfigured(nameof(ICounterDeviceStore))
            : Results.Ok(await store.ListAsync(string.IsNullOrWhiteSpace(unit) ? null : unit, ct).ConfigureAwait(false));
    }

    private static async Task<IResult> RevokeAsync(string deviceId, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        if (InputRules.Key("deviceId", deviceId) is { } bad)
        {
            return bad;
        }

        if (Store(http) is not { } store)
        {
            return ServerProblems.NotConfigured(nameof(ICounterDeviceStore));
        }

        // Another unit's device is "not found" to a unit administrator: its existence is not theirs to learn.
        if (await store.FindAsync(deviceId, ct).ConfigureAwait(false) is not { } device || !SatisfactionKitClaims.MayActFor(http.User, device.UnitCode))
        {
            return ServerProblems.DeviceNotFound(deviceId);
        }

        await store.RevokeAsync(deviceId, time.GetUtcNow(), ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<IResult> RedeemAsync(HttpContext http, IOptions<SatisfactionKitServerOptions> options, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ServerProblems.ReadJsonAsync<RedeemEnrollmentBody>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.EnrollmentCode))
        {
            return ServerProblems.Required("enrollmentCode");
        }

        if (InputRules.Codes(("enrollmentCode", body.EnrollmentCode)) is { } bad)
        {
            return bad;
        }

        if (Store(http) is not { } store)
        {
            return ServerProblems.NotConfigured(nameof(ICounterDeviceStore));
        }

        var credential = CounterDeviceSecrets.NewCredential();
        var redemption = await store.RedeemAsync(
            CounterDeviceSecrets.HashEnrollmentCode(body.EnrollmentCode),
            CounterDeviceSecrets.HashCredential(credential),
            time.GetUtcNow(),
            ct).ConfigureAwait(false);
        return redemption switch
        {
            { Outcome: RedemptionOutcome.Redeemed, Device: { } d } => Results.Ok(new DeviceCredential(d.DeviceId, d.UnitCode, d.CounterId, credential, options.Value.HubPath)),
            { Outcome: RedemptionOutcome.AlreadyUsed } => ServerProblems.EnrollmentCodeUsed(),
            { Outcome: RedemptionOutcome.Expired } => ServerProblems.EnrollmentCodeExpired(),
            { Outcome: RedemptionOutcome.Revoked, Device: { } d } => ServerProblems.DeviceRevoked(d.DeviceId),
            _ => ServerProblems.EnrollmentCodeUnknown(),
        };
    }

    private static ICounterDeviceStore? Store(HttpContext http) => http.RequestServices.GetService<ICounterDeviceStore>();
}
