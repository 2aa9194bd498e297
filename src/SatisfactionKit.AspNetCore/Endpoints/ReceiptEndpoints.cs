using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.Server.Problems;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// Receipts (policy <see cref="SatisfactionKitPolicies.Officer"/>): printing (or re-printing) a dossier's receipt
/// issues a new verification code and a signed rating link. The code is shown once; only its keyed hash is stored.
/// </summary>
internal static class ReceiptEndpoints
{
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var dossiers = endpoints.MapGroup("/dossiers").WithTags("Receipts").RequireAuthorization(SatisfactionKitPolicies.Officer);

        dossiers.MapPost("/{code}/receipt", async (string code, HttpContext http, IVerificationCodeService codes, ILinkTokenService links, IOptions<SatisfactionKitServerOptions> options, CancellationToken ct) =>
        {
            if (InputRules.RouteCode("code", code) is { } bad)
            {
                return bad;
            }

            if (http.RequestServices.GetService<IDossierStatusSource>() is not { } source)
            {
                return ServerProblems.NotConfigured(nameof(IDossierStatusSource));
            }

            if (await source.FindAsync(code, ct).ConfigureAwait(false) is not { } dossier)
            {
                return ServerProblems.DossierNotFound(code);
            }

            if (!SatisfactionKitClaims.MayActFor(http.User, dossier.Dossier.UnitCode))
            {
                return ServerProblems.OtherUnit(dossier.Dossier.UnitCode);
            }

            var verificationCode = await codes.IssueAsync(code, ct).ConfigureAwait(false);
            return Results.Ok(new { dossierCode = code, verificationCode, ratingLink = $"{options.Value.RatingPagePath}?t={links.Create(code)}" });
        }).WithSummary("Prints (or re-prints) a dossier's receipt: a new verification code and a signed rating link.");

        return dossiers;
    }
}
