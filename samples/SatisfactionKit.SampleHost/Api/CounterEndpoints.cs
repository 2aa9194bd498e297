using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Server;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The demo one-stop software's own counter calls: its counters, and "return the result", which does the
/// vendor's bookkeeping and then opens the prompt. Cancelling, watching and pressing are
/// SatisfactionKit.AspNetCore's endpoints (MapSatisfactionKit), under the same /api/units/{unitCode}/counters/{counterId}
/// path: a counter belongs to a unit, and is always named with it.
/// </summary>
public static class CounterEndpoints
{
    public static IEndpointRouteBuilder MapCounterApi(this IEndpointRouteBuilder app)
    {
        var counters = app.MapGroup("/api/counters").WithTags("Counters").RequireAuthorization(SatisfactionKitPolicies.Officer);

        // The signed-in officer's units' counters (every counter for a person not limited to units).
        counters.MapGet("/", async (ClaimsPrincipal user, OneStopDbContext db, CancellationToken ct) =>
            SatisfactionKitClaims.UnitsOf(user) is { } units
                ? await db.Counters.Where(c => units.Contains(c.UnitCode)).OrderBy(c => c.Id).ToListAsync(ct)
                : await db.Counters.OrderBy(c => c.Id).ToListAsync(ct));

        app.MapPost("/api/units/{unitCode}/counters/{counterId}/return", ReturnResultAsync)
            .WithTags("Counters")
            .RequireAuthorization(SatisfactionKitPolicies.Officer)
            .AddEndpointFilter<QueryTextFilter>()
            .WithSummary("The officer returns a dossier's result at the unit's counter; the counter's pad asks for a rating.");

        return app;
    }

    private static async Task<IResult> ReturnResultAsync(
        string unitCode,
        string counterId,
        ReturnResultRequest request,
        ClaimsPrincipal user,
        OneStopDbContext db,
        IPromptCoordinator coordinator,
        TimeProvider time,
        CancellationToken ct)
    {
        // The officer's units only: the counter's unit in the route, and the dossier's own unit.
        if (UnitScope.Check(user, unitCode) is { } otherUnit)
        {
            return otherUnit;
        }

        if (string.IsNullOrWhiteSpace(request.DossierCode) || request.DossierCode.Length > 64 || TextRules.FirstInvalidCharacter(request.DossierCode) >= 0)
        {
            return Results.Problem(
                title: "Mã hồ sơ không hợp lệ / Invalid dossier code",
                detail: "'dossierCode': bắt buộc, tối đa 64 ký tự, không có ký tự điều khiển. / required, at most 64 characters, no control characters.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = "SK_INPUT_INVALID", ["field"] = "dossierCode" });
        }

        var counter = await db.Counters.FindAsync([counterId], ct);
        var dossier = await db.Dossiers.FindAsync([request.DossierCode], ct);
        if (dossier is not null && UnitScope.Check(user, dossier.UnitCode) is { } otherDossierUnit)
        {
            return otherDossierUnit;
        }

        if (counter is null || counter.UnitCode != unitCode || dossier is null)
        {
            return Results.Problem(
                title: "Không tìm thấy quầy hoặc hồ sơ / Counter or dossier not found",
                detail: $"counter '{unitCode}/{counterId}', dossier '{request.DossierCode}'",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (dossier.State is not (DossierState.ResultReady or DossierState.Returned))
        {
            return Results.Problem(
                title: "Hồ sơ chưa có kết quả / The dossier has no result yet",
                detail: $"'{dossier.Code}' is {dossier.State}",
                statusCode: StatusCodes.Status409Conflict);
        }

        // The vendor's own bookkeeping first: the result is handed back.
        dossier.State = DossierState.Returned;
        dossier.ResultReturnedAt ??= time.GetUtcNow();
        dossier.ReturnedByOfficerId = counter.OfficerId;
        dossier.ReturnedAtCounterId = counter.Id;
        await db.SaveChangesAsync(ct);

        // Then the one SatisfactionKit call: ask the citizen at this counter.
        var status = await coordinator.OpenAsync(
            new PromptRequest(
                counter.Id,
                new DossierReference(dossier.Code, dossier.ProcedureCode, dossier.UnitCode, counter.OfficerId, counter.Id),
                dossier.ResultReturnedAt,
                CounterUnitCode: counter.UnitCode),
            ct);
        // What the officer may see: waiting, done, expired or cancelled (never the step the citizen is at).
        return Results.Ok(OfficerPromptView.Of(status));
    }
}
