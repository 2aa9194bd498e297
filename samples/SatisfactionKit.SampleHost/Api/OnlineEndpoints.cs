using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The citizen's side on the web: the rating form, online rating with dossier code + verification code,
/// rating links from SMS/e-mail, and the dossier status look-up. Messages follow the request's language
/// (<c>Accept-Language</c>: <c>vi</c> by default, <c>en</c>).
/// </summary>
public static class OnlineEndpoints
{
    public static IEndpointRouteBuilder MapOnlineApi(this IEndpointRouteBuilder app)
    {
        var online = app.MapGroup("/api/online").WithTags("Online rating");

        online.MapGet("/scheme", (IOptions<SatisfactionKitOptions> options) =>
            Results.Text(RatingSchemeJson.Serialize(options.Value.DefaultScheme), "application/json"))
            .WithSummary("The scheme the online form asks (levels, criteria, conditions, follow-up reasons), as RatingSchemeJson.");

        online.MapPost("/ratings", async (OnlineRatingBody body, HttpContext http, IOnlineRatingService ratings, CancellationToken ct) =>
        {
            var result = await ratings.SubmitAsync(
                new OnlineRatingRequest
                {
                    DossierCode = body.DossierCode?.Trim() ?? string.Empty,
                    VerificationCode = body.VerificationCode ?? string.Empty,
                    ClientKey = ClientKey(http),
                    Answers = body.Answers ?? [],
                    Conditions = body.Conditions ?? [],
                    Reasons = body.Reasons ?? [],
                    Comment = body.Comment,
                    IdempotencyKey = body.IdempotencyKey,
                },
                ct);
            return result.Succeeded
                ? Results.Ok(new { ratingId = result.Rating!.Id, result.Rating.IsSatisfied })
                : Refusal.From(result.Errors);
        }).WithSummary("An online rating by dossier code + verification code. Refused (400) for a wrong or expired code, a locked dossier, a result not returned yet, or a dossier already rated online.");

        online.MapPost("/status", async (StatusLookUpBody body, HttpContext http, IDossierStatusService status, CancellationToken ct) =>
        {
            var result = await status.LookUpAsync(body.DossierCode?.Trim() ?? string.Empty, body.VerificationCode ?? string.Empty, ClientKey(http), ct);
            return result.Succeeded
                ? Results.Ok(new
                {
                    result.Status!.Dossier.DossierCode,
                    result.Status.Status,
                    result.Status.AppointmentAt,
                    result.Status.IsResultReady,
                    result.Status.ResultReturnedAt,
                })
                : Refusal.From(result.Errors);
        }).WithSummary("Dossier status look-up behind the same code checks and lockouts as online rating.");

        online.MapGet("/links/{token}", (string token, ILinkTokenService links) =>
        {
            var link = links.Validate(token);
            return link.IsValid ? Results.Ok(new { link.DossierCode, link.ExpiresAt }) : Refusal.From([link.Error!]);
        }).WithSummary("Checks a rating link from an SMS or e-mail (signed, expiring; no database look-up) and names its dossier.");

        return app;
    }

    /// <summary>Who is asking, for the per-client limit on wrong codes. Behind a reverse proxy, configure forwarded headers first.</summary>
    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
