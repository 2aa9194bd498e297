using SatisfactionKit.Alerts;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The alerts the library raised, kept in the database until a supervisor acknowledges them (with a comment on
/// what was done). The sample has no sign-in, so the supervisor names themself in the request.
/// </summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertApi(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(SatisfactionKitPolicies.ReportReader).AddEndpointFilter<QueryTextFilter>();

        alerts.MapGet("/", async (IAlertMonitor monitor, CancellationToken ct) => await monitor.GetOpenAlertsAsync(ct))
            .WithSummary("Alerts not yet acknowledged, oldest first.");

        alerts.MapPost("/{id:guid}/acknowledge", async (Guid id, AcknowledgeRequest body, IAlertMonitor monitor, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.By) || body.By.Length > SatisfactionAlert.MaxAcknowledgedByLength || body.Comment is { Length: > SatisfactionAlert.MaxCommentLength })
            {
                return Results.Problem(
                    title: "Cần tên người xác nhận; ghi chú tối đa 1000 ký tự / A name is needed; the comment is at most 1000 characters",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            return await monitor.AcknowledgeAsync(id, body.By, body.Comment, ct)
                ? Results.NoContent()
                : Results.Problem(title: "Không có cảnh báo đang mở với mã này / No open alert has this id", detail: id.ToString(), statusCode: StatusCodes.Status404NotFound);
        }).WithSummary("Acknowledges an open alert, with who and an optional comment.");
        return app;
    }
}

/// <summary>Who acknowledges an alert, and what was done.</summary>
/// <param name="By">The supervisor's name or account.</param>
/// <param name="Comment">What was done; optional.</param>
public sealed record AcknowledgeRequest(string By, string? Comment);
