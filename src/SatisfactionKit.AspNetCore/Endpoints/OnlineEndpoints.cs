using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.Schemes;
using SatisfactionKit.Server.Problems;
using SatisfactionKit.Server.Proxies;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// The citizen's endpoints, the only anonymous ones: the online form's scheme, online rating and status look-up
/// (both behind dossier code + verification code, with the core's lockouts), and rating links (signed tokens).
/// </summary>
internal static class OnlineEndpoints
{
    public static RouteGroupBuilder MapOnlineRating(IEndpointRouteBuilder endpoints)
    {
        var online = endpoints.MapGroup("/online").WithTags("Online rating").RequireRateLimiting(SatisfactionKitRateLimits.Citizen);

        online.MapGet("/scheme", (IOptions<SatisfactionKitOptions> options) =>
            Results.Text(RatingSchemeJson.Serialize(options.Value.DefaultScheme), "application/json"))
            .AllowAnonymous()
            .WithSummary("The scheme the online form asks (levels, criteria, conditions, follow-up reasons), as RatingSchemeJson.");

        online.MapPost("/ratings", SubmitAsync)
            .AllowAnonymous()
            .Accepts<OnlineRatingBody>("application/json")
            .WithSummary("An online rating by dossier code + verification code. Refused (400) for a wrong or expired code, a locked dossier, a result not returned yet, or a dossier already rated online.");

        online.MapGet("/links/{token}", (string token, ILinkTokenService links) =>
        {
            var link = links.Validate(token);
            return link.IsValid ? Results.Ok(new { link.DossierCode, link.ExpiresAt }) : ServerProblems.Refused([link.Error!]);
        })
            .AllowAnonymous()
            .WithSummary("Checks a rating link from an SMS or e-mail (signed, expiring; no database look-up) and names its dossier.");

        return online;
    }

    public static RouteGroupBuilder MapStatusLookUp(IEndpointRouteBuilder endpoints)
    {
        var online = endpoints.MapGroup("/online").WithTags("Status look-up").RequireRateLimiting(SatisfactionKitRateLimits.Citizen);
        online.MapPost("/status", LookUpAsync)
            .AllowAnonymous()
            .Accepts<StatusLookUpBody>("application/json")
            .WithSummary("Dossier status look-up behind the same code checks and lockouts as online rating.");
        return online;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, IOnlineRatingService ratings, CancellationToken ct)
    {
        var (body, problem) = await ServerProblems.ReadJsonAsync<OnlineRatingBody>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (Missing(("dossierCode", body!.DossierCode), ("verificationCode", body.VerificationCode)) is { } missing)
        {
            return missing;
        }

        if ((InputRules.Codes(("dossierCode", body.DossierCode), ("verificationCode", body.VerificationCode))
            ?? InputRules.Key("idempotencyKey", body.IdempotencyKey)
            ?? InputRules.FreeText("comment", body.Comment)) is { } bad)
        {
            return bad;
        }

        var result = await ratings.SubmitAsync(
            new OnlineRatingRequest
            {
                DossierCode = body.DossierCode!.Trim(),
                VerificationCode = body.VerificationCode!,
                ClientKey = ClientKey(http),
                Answers = body.Answers ?? [],
                Conditions = body.Conditions ?? [],
                Reasons = body.Reasons ?? [],
                Comment = body.Comment,
                IdempotencyKey = body.IdempotencyKey,
            },
            ct).ConfigureAwait(false);
        return result.Succeeded
            ? Results.Ok(new { ratingId = result.Rating!.Id, result.Rating.IsSatisfied })
            : ServerProblems.Refused(result.Errors);
    }

    private static async Task<IResult> LookUpAsync(HttpContext http, IDossierStatusService status, CancellationToken ct)
    {
        var (body, problem) = await ServerProblems.ReadJsonAsync<StatusLookUpBody>(http.Request, ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (Missing(("dossierCode", body!.DossierCode), ("verificationCode", body.VerificationCode)) is { } missing)
        {
            return missing;
        }

        if (InputRules.Codes(("dossierCode", body.DossierCode), ("verificationCode", body.VerificationCode)) is { } bad)
        {
            return bad;
        }

        var result = await status.LookUpAsync(body.DossierCode!.Trim(), body.VerificationCode!, ClientKey(http), ct).ConfigureAwait(false);
        return result.Succeeded
            ? Results.Ok(new
            {
                result.Status!.Dossier.DossierCode,
                result.Status.Status,
                result.Status.AppointmentAt,
                result.Status.IsResultReady,
                result.Status.ResultReturnedAt,
            })
            : ServerProblems.Refused(result.Errors);
    }

    private static IResult? Missing(params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Field).ToArray();
        return missing.Length == 0 ? null : ServerProblems.Required(missing);
    }

    /// <summary>Who is asking, for the per-client limit on wrong codes: the same address the citizen rate limit uses.</summary>
    private static string ClientKey(HttpContext http) => ClientAddress.Of(http);
}
