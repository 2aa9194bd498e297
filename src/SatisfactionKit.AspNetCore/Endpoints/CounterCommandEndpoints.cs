using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;
using SatisfactionKit.Server.Problems;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// The officer's counter commands (policy <see cref="SatisfactionKitPolicies.Officer"/>): open a prompt for a dossier
/// whose result is handed back, cancel it, read or watch its state. The state never says which level was chosen.
/// A counter is always named with its unit (<c>units/{unitCode}/counters/{counterId}</c>): two units may each have a
/// counter <c>QUAY-01</c>, and the officer acts only for their own units.
/// </summary>
internal static class CounterCommandEndpoints
{
    /// <summary>The route of one counter, beside the API group's prefix; <c>unitCode</c> is the route value unit-scoped authorization reads.</summary>
    public const string CounterRoute = "/units/{unitCode}/counters/{counterId}";

    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var counters = endpoints.MapGroup(CounterRoute).WithTags("Counters").RequireAuthorization(SatisfactionKitPolicies.Officer);

        counters.MapPost("/prompt", OpenAsync)
            .Accepts<OpenPromptBody>("application/json")
            .WithSummary("The officer returns a dossier's result at the unit's counter; the counter's device asks for a rating (the dossier from IDossierStatusSource).");

        counters.MapDelete("/prompt", async (string unitCode, string counterId, HttpContext http, IPromptCoordinator coordinator, CancellationToken ct) =>
        {
            if (Refusal(unitCode, counterId, http) is { } refused)
            {
                return refused;
            }

            var counter = new CounterKey(unitCode, counterId);
            try
            {
                return await coordinator.CancelAsync(counter, ct).ConfigureAwait(false) ? Results.NoContent() : ServerProblems.NoPrompt(counter);
            }
            catch (PromptRoutingException)
            {
                return ServerProblems.NodeUnavailable();
            }
        }).WithSummary("Cancels the counter's open prompt.");

        counters.MapGet("/status", async (string unitCode, string counterId, HttpContext http, IPromptCoordinator coordinator, ICounterPresence presence, CancellationToken ct) =>
            Refusal(unitCode, counterId, http)
            ?? (coordinator.GetStatus(new CounterKey(unitCode, counterId)) is { } status
                ? Results.Ok(OfficerPromptView.Of(status, await presence.PadOnlineAsync(http.RequestServices, new CounterKey(unitCode, counterId), ct).ConfigureAwait(false)))
                : ServerProblems.NoPrompt(new CounterKey(unitCode, counterId))))
            .WithSummary("The counter's current or last prompt as the officer may see it (waiting, pad offline, done, expired, cancelled): nothing the citizen's choice changes.");

        counters.MapGet("/events", (string unitCode, string counterId, HttpContext http, IPromptCoordinator coordinator, ICounterPresence presence, CancellationToken ct) =>
            Refusal(unitCode, counterId, http) ?? new PromptEventStream<OfficerPromptView>(PromptWatch.ForOfficer(coordinator, presence, http.RequestServices, new CounterKey(unitCode, counterId), ct)))
            .WithSummary("Server-sent events of the counter's prompt as the officer may see it: the same events whatever the citizen pressed.");

        return counters;
    }

    /// <summary>
    /// The counter routes without a unit (<c>counters/{counterId}/…</c>, the shape before counters belonged to units):
    /// refused with a problem that says to name the unit, never guessed.
    /// </summary>
    public static RouteGroupBuilder MapUnitRequired(IEndpointRouteBuilder endpoints)
    {
        // Officers' policy, as the counter commands: a device never used these paths for anything but presses, which it
        // sends over the hub or to its own units/{unitCode}/counters/{counterId}/presses.
        var legacy = endpoints.MapGroup("/counters").WithTags("Counters").RequireAuthorization(SatisfactionKitPolicies.Officer);
        legacy.Map("/{counterId}/{**rest}", (string counterId) => ServerProblems.CounterUnitRequired(counterId))
            .WithSummary("Refuses a counter named without its unit (SK_COUNTER_AMBIGUOUS): use units/{unitCode}/counters/{counterId}/….");
        return legacy;
    }

    /// <summary>Malformed route codes (400), or a unit the officer does not act for (403).</summary>
    private static IResult? Refusal(string unitCode, string counterId, HttpContext http) =>
        InputRules.RouteCode("unitCode", unitCode)
        ?? InputRules.RouteCode("counterId", counterId)
        ?? (SatisfactionKitClaims.MayActFor(http.User, unitCode) ? null : ServerProblems.OtherUnit(unitCode));

    private static async Task<IResult> OpenAsync(string unitCode, string counterId, HttpContext http, IPromptCoordinator coordinator, TimeProvider time, CancellationToken ct)
    {
        if (Refusal(unitCode, counterId, http) is { } refused)
        {
            return refused;
        }

        var (body, problem) = await ServerProblems.ReadJsonAsync<OpenPromptBody>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.DossierCode))
        {
            return ServerProblems.Required("dossierCode");
        }

        if (InputRules.Codes(("dossierCode", body.DossierCode), ("schemeCode", body.SchemeCode)) is { } bad)
        {
            return bad;
        }

        if (http.RequestServices.GetService<IDossierStatusSource>() is not { } dossiers)
        {
            return ServerProblems.NotConfigured(nameof(IDossierStatusSource));
        }

        var dossier = await dossiers.FindAsync(body.DossierCode.Trim(), ct).ConfigureAwait(false);
        if (dossier is null)
        {
            return ServerProblems.DossierNotFound(body.DossierCode);
        }

        if (!SatisfactionKitClaims.MayActFor(http.User, dossier.Dossier.UnitCode))
        {
            return ServerProblems.OtherUnit(dossier.Dossier.UnitCode);
        }

        if (!dossier.IsResultReady)
        {
            return ServerProblems.NoResultYet(body.DossierCode);
        }

        try
        {
            // The counter's unit is the route's; the dossier may be another unit's (a one-stop centre's counter
            // hands back a department's dossier), and its rating is still the dossier unit's.
            var status = await coordinator.OpenAsync(
                new PromptRequest(counterId, dossier.Dossier with { CounterId = counterId }, dossier.ResultReturnedAt ?? time.GetUtcNow(), body.SchemeCode, unitCode),
                ct).ConfigureAwait(false);
            var presence = http.RequestServices.GetRequiredService<ICounterPresence>();
            return Results.Ok(OfficerPromptView.Of(status, await presence.PadOnlineAsync(http.RequestServices, new CounterKey(unitCode, counterId), ct).ConfigureAwait(false)));
        }
        catch (ArgumentException ex)
        {
            return ServerProblems.CannotOpen(ex.Message);
        }
    }
}
