using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Channels;
using SatisfactionKit.SampleHost.Data;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The demo one-stop software's dossiers: those of a unit for the counter page, the officer's status view,
/// and the receipt with its verification code and rating link.
/// </summary>
public static class DossierEndpoints
{
    public static IEndpointRouteBuilder MapDossierApi(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers").WithTags("Dossiers");

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

        dossiers.MapPost("/{code}/receipt", async (string code, OneStopDbContext db, IVerificationCodeService codes, ILinkTokenService links, CancellationToken ct) =>
        {
            if (await db.Dossiers.FindAsync([code], ct) is null)
            {
                return Results.Problem(title: "Không tìm thấy hồ sơ / Dossier not found", detail: code, statusCode: StatusCodes.Status404NotFound);
            }

            // Printed on the receipt (giấy tiếp nhận): only the code's keyed hash is stored; printing again replaces it.
            var verificationCode = await codes.IssueAsync(code, ct);
            return Results.Ok(new { dossierCode = code, verificationCode, ratingLink = $"/rate.html?t={links.Create(code)}" });
        }).WithSummary("Prints (or re-prints) a dossier's receipt: a new verification code and a signed rating link.");

        return app;
    }
}
