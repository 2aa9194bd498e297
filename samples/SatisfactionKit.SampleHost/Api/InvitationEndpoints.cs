using System.Security.Claims;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.SampleHost.Data;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// Rating invitations in the sample: an officer sends the signed rating link to the e-mail address or phone
/// number a citizen gave, once the result is returned; the report readers see the response rate per channel.
/// </summary>
public static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dossiers/{code}/invitations", InviteAsync)
            .WithTags("Dossiers")
            .RequireAuthorization(SatisfactionKitPolicies.Officer)
            .AddEndpointFilter<QueryTextFilter>()
            .WithSummary("Sends the rating link by e-mail or SMS (retried, recorded). The sample waits for the tries; a vendor queues them.");

        app.MapGet("/api/reports/response-rates", async (string? period, string? unit, ClaimsPrincipal user, ReportRequest request, IRatingInvitationStore store, CancellationToken ct) =>
        {
            if (UnitScope.CheckReport(user, unit) is { } otherUnit)
            {
                return otherUnit;
            }

            if (request.Filter(period, unit) is not { } filter)
            {
                return request.BadPeriod(period);
            }

            return Results.Ok(await store.GetResponseRatesAsync(filter.From, filter.To, filter.UnitCodes, ct));
        })
            .WithTags("Reports")
            .RequireAuthorization(SatisfactionKitPolicies.ReportReader)
            .AddEndpointFilter<QueryTextFilter>()
            .WithSummary("Per channel: dossiers invited in the period, failed, rated on that channel, the response rate and its 95 % Wilson interval.");
        return app;
    }

    private static async Task<IResult> InviteAsync(string code, InvitationRequest body, ClaimsPrincipal user, OneStopDbContext db, IRatingInvitationService invitations, CancellationToken ct)
    {
        // Only for a dossier of the officer's own units.
        if (await db.Dossiers.FindAsync([code], ct) is { } dossier && UnitScope.Check(user, dossier.UnitCode) is { } otherUnit)
        {
            return otherUnit;
        }

        if (body.Channel is not (RatingChannel.Email or RatingChannel.Sms) || string.IsNullOrWhiteSpace(body.Recipient))
        {
            return Results.Problem(
                title: "Lời mời cần kênh Email hoặc Sms và người nhận / An invitation needs channel Email or Sms and a recipient",
                detail: $"channel={body.Channel}",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await invitations.InviteAsync(new RatingInvitationRequest(code, body.Recipient, body.Channel), ct);
        return result.Outcome switch
        {
            RatingInvitationOutcome.Refused => Results.Problem(
                title: result.Message,
                detail: result.ErrorCode,
                statusCode: result.ErrorCode == ErrorCodes.DossierUnknown ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict),
            _ => Results.Ok(result),
        };
    }
}

/// <summary>Where to send the rating link of a dossier.</summary>
/// <param name="Recipient">An e-mail address or a phone number.</param>
/// <param name="Channel"><c>Email</c> or <c>Sms</c>.</param>
public sealed record InvitationRequest(string Recipient, RatingChannel Channel);
