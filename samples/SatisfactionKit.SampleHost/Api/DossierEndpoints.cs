using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Server;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The demo one-stop software's dossiers: those of a unit for the counter page and the officer's status view.
/// The receipt (verification code and rating link) is SatisfactionKit.AspNetCore's POST /api/dossiers/{code}/receipt.
/// </summary>
public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierApi(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers").WithTags("Dossiers").RequireAuthorization(SatisfactionKitPolicies.Officer).AddEndpointFilter<QueryTextFilter>();

        dossiers.MapGet("/", async (string? unit, ClaimsPrincipal user, OneStopDbContext db, CancellationToken ct) =>
        {
            // Another unit's dossiers are refused; without ?unit= an officer sees their own units' only.
            if (!string.IsNullOrEmpty(unit) && UnitScope.Check(user, unit) is { } otherUnit)
            {
                return otherUnit;
            }

            var query = db.Dossiers.AsQueryable();
            if (!string.IsNullOrEmpty(unit))
            {
                query = query.Where(d => d.UnitCode == unit);
            }
            else if (SatisfactionKitClaims.UnitsOf(user) is { } units)
            {
                query = query.Where(d => units.Contains(d.UnitCode));
            }

            return Results.Ok(await query
                .OrderBy(d => d.Code)
                .Select(d => new { d.Code, d.ProcedureCode, d.UnitCode, d.ApplicantName, State = d.State.ToString(), d.AppointmentDate })
                .ToListAsync(ct));
        })
            .WithSummary("Dossiers of a unit, for the counter page.");

        dossiers.MapGet("/{code}/status", async (string code, ClaimsPrincipal user, OneStopDbContext db, CancellationToken ct) =>
            await db.Dossiers.FindAsync([code], ct) is not { } d
                ? Results.Problem(title: "Không tìm thấy hồ sơ / Dossier not found", detail: code, statusCode: StatusCodes.Status404NotFound)
                : UnitScope.Check(user, d.UnitCode)
                    ?? Results.Ok(new { d.Code, State = d.State.ToString(), d.AppointmentDate, ResultReady = d.State is DossierState.ResultReady or DossierState.Returned }))
            .WithSummary("The officer's view of a dossier's status (the citizen's look-up is /api/online/status, behind the verification code).");

        return app;
    }
}
