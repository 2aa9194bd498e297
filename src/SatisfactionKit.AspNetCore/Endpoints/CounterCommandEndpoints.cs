using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Problems;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// The officer's counter commands (policy <see cref="SatisfactionKitPolicies.Officer"/>): open a prompt for a dossier
/// whose result is handed back, cancel it, read or watch its state. The state never says which level was chosen.
/// </summary>
internal static class CounterCommandEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var counters = endpoints.MapGroup("/counters").WithTags("Counters").RequireAuthorization(SatisfactionKitPolicies.Officer);

        counters.MapPost("/{counterId}/prompt", OpenAsync)
            .Accepts<OpenPromptBody>("application/json")
            .WithSummary("The officer returns a dossier's result at the counter; the counter's device asks for a rating (the dossier from IDossierStatusSource).");

        counters.MapDelete("/{counterId}/prompt", async (string counterId, IPromptCoordinator coordinator, CancellationToken ct) =>
        {
            if (InputRules.RouteCode("counterId", counterId) is { } bad)
            {
                return bad;
            }

            try
            {
                return await coordinator.CancelAsync(counterId, ct).ConfigureAwait(false) ? Results.NoContent() : ServerProblems.NoPrompt(counterId);
            }
            catch (PromptRoutingException)
            {
                return ServerProblems.NodeUnavailable();
            }
        }).WithSummary("Cancels the counter's open prompt.");

        counters.MapGet("/{counterId}/status", (string counterId, IPromptCoordinator coordinator) =>
            InputRules.RouteCode("counterId", counterId) ?? (coordinator.GetStatus(counterId) is { } status ? Results.Ok(OfficerPromptView.Of(status)) : ServerProblems.NoPrompt(counterId)))
            .WithSummary("The counter's current or last prompt as the officer may see it (waiting, done, expired, cancelled): nothing the citizen's choice changes.");

        counters.MapGet("/{counterId}/events", (string counterId, IPromptCoordinator coordinator, CancellationToken ct) =>
            InputRules.RouteCode("counterId", counterId) ?? new PromptEventStream<OfficerPromptView>(PromptWatch.ForOfficer(coordinator, counterId, ct)))
            .WithSummary("Server-sent events of the counter's prompt as the officer may see it: the same events whatever the citizen pressed.");

        return counters;
    }

    private static async Task<IResult> OpenAsync(string counterId, HttpContext http, IPromptCoordinator coordinator, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ServerProblems.ReadJsonAsync<OpenPromptBody>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.DossierCode))
        {
            return ServerProblems.Required("dossierCode");
        }

        if ((InputRules.RouteCode("counterId", counterId) ?? InputRules.Codes(("dossierCode", body.DossierCode), ("schemeCode", body.SchemeCode))) is { } bad)
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
            var status = await coordinator.OpenAsync(
                new PromptRequest(counterId, dossier.Dossier with { CounterId = counterId }, dossier.ResultReturnedAt ?? time.GetUtcNow(), body.SchemeCode),
                ct).ConfigureAwait(false);
            return Results.Ok(OfficerPromptView.Of(status));
        }
        catch (ArgumentException ex)
        {
            return ServerProblems.CannotOpen(ex.Message);
        }
    }
}
