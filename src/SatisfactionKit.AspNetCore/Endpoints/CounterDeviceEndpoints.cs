using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Server.Hubs;
using SatisfactionKit.Server.Problems;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// A counter device's HTTP calls (policy <see cref="SatisfactionKitPolicies.Device"/>), for screens that do not
/// hold a hub connection: the pad's buttons and presses. A device presses only for its own counter, named with its
/// unit (<c>units/{unitCode}/counters/{counterId}</c>) as its credential binds it.
/// </summary>
internal static class CounterDeviceEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var devices = endpoints.MapGroup(CounterCommandEndpoints.CounterRoute).WithTags("Counter devices").RequireAuthorization(SatisfactionKitPolicies.Device);

        devices.MapGet("/pad", (IOptions<SatisfactionKitOptions> options) =>
        {
            var s = options.Value.DefaultScheme;
            return new PadLayout(
                s.Code,
                [.. s.Levels.OrderByDescending(l => l.Value).Select(l => new PadButton(l.Code, l.Label.Vi, l.Label.En, l.IsSatisfied))],
                [.. s.Criteria.Select(c => new PadButton(c.Code, c.Label.Vi, c.Label.En))],
                [.. s.FollowUp.Reasons.Select(r => new PadButton(r.Code, r.Label.Vi, r.Label.En))]);
        }).WithSummary("The buttons the counter's pad or screen offers.");

        devices.MapGet("/device-events", (string unitCode, string counterId, HttpContext http, IPromptCoordinator coordinator, ICounterPresence presence, CancellationToken ct) =>
            InputRules.RouteCode("unitCode", unitCode)
            ?? InputRules.RouteCode("counterId", counterId)
            ?? (IsOwnCounter(http, new CounterKey(unitCode, counterId)) is not null
                ? new PromptEventStream<PromptStatus>(PromptWatch.WhilePresent(PromptWatch.ForDevice(coordinator, new CounterKey(unitCode, counterId), ct), presence, new CounterKey(unitCode, counterId), ct))
                : ServerProblems.OtherCounter(new CounterKey(unitCode, counterId))))
            .WithSummary("Server-sent events of the counter's prompt in full (the follow-up step included), for the counter's own device.");

        devices.MapPost("/presses", PressAsync)
            .Accepts<PadPress>("application/json")
            .WithSummary("A press on the counter's screen or on-screen pad, for the device's own counter.");

        return devices;
    }

    /// <summary>The device, when it serves <paramref name="counter"/> (that unit's counter, not another unit's with the same id).</summary>
    private static CounterIdentity? IsOwnCounter(HttpContext http, CounterKey counter) =>
        CounterClaims.Find(http.User) is { } device
        && string.Equals(device.UnitCode, counter.UnitCode, StringComparison.Ordinal)
        && string.Equals(device.CounterId, counter.CounterId, StringComparison.Ordinal)
            ? device
            : null;

    private static async Task<IResult> PressAsync(string unitCode, string counterId, HttpContext http, IPromptCoordinator coordinator, CancellationToken ct)
    {
        var counter = new CounterKey(unitCode, counterId);
        if (IsOwnCounter(http, counter) is not { } device)
        {
            return ServerProblems.OtherCounter(counter);
        }

        var (press, problem) = await ServerProblems.ReadJsonAsync<PadPress>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (InputRules.Codes([("levelCode", press!.LevelCode), .. (press.CriterionCodes ?? []).Select(c => ("criterionCodes", (string?)c)), .. (press.ReasonCodes ?? []).Select(c => ("reasonCodes", (string?)c))]) is { } bad)
        {
            return bad;
        }

        if (press.Channel is { } channel && channel is not (RatingChannel.CounterPad or RatingChannel.CounterScreen))
        {
            return ServerProblems.PressRefused($"channel: {channel}");
        }

        if (DevicePresses.IsInvalidKey(press.IdempotencyKey))
        {
            return ServerProblems.PressRefused("idempotencyKey");
        }

        try
        {
            return Results.Ok(await DevicePresses.TakeAsync(coordinator, http.RequestServices.GetRequiredService<IPressReceipts>(), device, press, ct).ConfigureAwait(false));
        }
        catch (PressInProgressException)
        {
            return ServerProblems.NodeUnavailable();
        }
        catch (PromptRoutingException)
        {
            return ServerProblems.NodeUnavailable();
        }
        catch (ArgumentException ex)
        {
            return ServerProblems.PressRefused(ex.Message);
        }
    }
}
