using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Alerts;
using SatisfactionKit.SampleHost.Data;
using SatisfactionKit.SampleHost.SignIn;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The alerts the library raised, kept in the database until a supervisor acknowledges them (with a comment on
/// what was done). Report readers see their units' alerts; a unit administrator or the province administrator
/// acknowledges, recorded under the signed-in account's name (an auditor reads only).
/// </summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(SatisfactionKitPolicies.ReportReader).AddEndpointFilter<QueryTextFilter>();

        alerts.MapGet("/", async (ClaimsPrincipal user, IAlertMonitor monitor, OneStopDbContext db, CancellationToken ct) =>
        {
            var open = await monitor.GetOpenAlertsAsync(ct);
            if (SatisfactionKitClaims.UnitsOf(user) is null)
            {
                return Results.Ok(open);
            }

            var counters = await db.Counters.ToDictionaryAsync(c => c.Id, c => c.UnitCode, ct);
            return Results.Ok(open.Where(a => UnitScope.Sees(user, UnitOf(a, counters))).ToList());
        }).WithSummary("Alerts not yet acknowledged, oldest first (of the reader's units).");

        alerts.MapPost("/{id:guid}/acknowledge", async (Guid id, AcknowledgeRequest body, ClaimsPrincipal user, IAlertMonitor monitor, OneStopDbContext db, CancellationToken ct) =>
        {
            var by = user.Identity?.Name;
            if (string.IsNullOrWhiteSpace(by) || by.Length > SatisfactionAlert.MaxAcknowledgedByLength || body.Comment is { Length: > SatisfactionAlert.MaxCommentLength })
            {
                return Results.Problem(
                    title: "Ghi chú tối đa 1000 ký tự / The comment is at most 1000 characters",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var alert = (await monitor.GetOpenAlertsAsync(ct)).FirstOrDefault(a => a.Id == id);
            if (alert is not null && UnitScope.Check(user, UnitOf(alert, await db.Counters.ToDictionaryAsync(c => c.Id, c => c.UnitCode, ct))) is { } otherUnit)
            {
                return otherUnit;
            }

            return alert is not null && await monitor.AcknowledgeAsync(id, by, body.Comment, ct)
                ? Results.NoContent()
                : Results.Problem(title: "Không có cảnh báo đang mở với mã này / No open alert has this id", detail: id.ToString(), statusCode: StatusCodes.Status404NotFound);
        })
            .RequireAuthorization(SamplePolicies.Supervisor)
            .WithSummary("Acknowledges an open alert, under the signed-in account's name, with an optional comment.");
        return app;
    }

    /// <summary>The unit an alert is about: its own key for a unit alert, the counter's unit for a counter alert.</summary>
    private static string? UnitOf(SatisfactionAlert alert, IReadOnlyDictionary<string, string> counterUnits) =>
        alert.Scope == AlertScope.Unit ? alert.ScopeKey : counterUnits.GetValueOrDefault(alert.ScopeKey);
}

/// <summary>What was done about an alert (who: the signed-in account).</summary>
/// <param name="Comment">What was done; optional.</param>
public sealed record AcknowledgeRequest(string? Comment);
