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

        dossiers.MapGet("/", async (string? unit, OneStopDbContext db, CancellationToken ct) =>
            await db.Dossiers
                .Where(d => unit == null || d.UnitCode == unit)
                .OrderBy(d => d.Code)
                .Select(d => new { d.Code, d.ProcedureCode, d.UnitCode, d.ApplicantName, State = d.State.ToString(), d.AppointmentDate })
                .ToListAsync(ct))
            .WithSummary("Dossiers of a unit, for the counter page.");

        dossiers.MapGet("/{code}/status", async (string code, OneStopDbContext db, CancellationToken ct) =>
            await db.Dossiers.FindAsync([code], ct) is { } d
                ? Results.Ok(new { d.Code, State = d.State.ToString(), d.AppointmentDate, ResultReady = d.State is DossierState.ResultReady or DossierState.Returned })
                : Results.Problem(title: "Không tìm thấy hồ sơ / Dossier not found", detail: code, statusCode: StatusCodes.Status404NotFound))
            .WithSummary("The officer's view of a dossier's status (the citizen's look-up is /api/online/status, behind the verification code).");

        return app;
    }
}
