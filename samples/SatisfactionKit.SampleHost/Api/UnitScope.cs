using System.Security.Claims;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The unit scope on the sample's own endpoints, as on the server package's (docs/security.md): a person with unit
/// claims who is neither province administrator nor auditor acts and reads only for those units. The refusal is 403
/// <c>SK_UNIT_FORBIDDEN</c>, in Vietnamese and English.
/// </summary>
internal static class UnitScope
{
    /// <summary>403 for <paramref name="unitCode"/>.</summary>
    public static IResult Forbidden(string? unitCode) => Results.Problem(
        title: "Bạn không được làm việc với đơn vị này / You may not act for this unit",
        detail: unitCode,
        statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["code"] = "SK_UNIT_FORBIDDEN" });

    /// <summary>The refusal when <paramref name="user"/> may not act for <paramref name="unitCode"/>; <see langword="null"/> when they may.</summary>
    public static IResult? Check(ClaimsPrincipal user, string? unitCode) =>
        SatisfactionKitClaims.MayActFor(user, unitCode) ? null : Forbidden(unitCode);

    /// <summary>
    /// A report's <c>?unit=</c>: a reader limited to some units names one of them; the whole province (no unit) is for
    /// unlimited readers only.
    /// </summary>
    public static IResult? CheckReport(ClaimsPrincipal user, string? unitCode) =>
        string.IsNullOrWhiteSpace(unitCode)
            ? SatisfactionKitClaims.UnitsOf(user) is null ? null : Forbidden(null)
            : Check(user, unitCode);

    /// <summary>Whether <paramref name="user"/> sees rows of <paramref name="unitCode"/> in a list.</summary>
    public static bool Sees(ClaimsPrincipal user, string? unitCode) => SatisfactionKitClaims.MayActFor(user, unitCode);
}
