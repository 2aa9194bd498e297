using System.Globalization;
using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using SatisfactionKit.Localization;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Problems;

/// <summary>
/// Problem details (RFC 7807) in the request's language (the current UI culture, set by <see cref="RequestLanguage"/>).
/// Each carries a stable <c>code</c> for a vendor's own front end.
/// </summary>
internal static class ServerProblems
{
    public static IResult Refused(IEnumerable<ValidationFailure> failures) => Results.Problem(
        title: ServerText.Refused.Get(),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = "SK_REFUSED",
            ["errors"] = failures.Select(f => new { property = f.PropertyName, code = f.ErrorCode, message = f.ErrorMessage }).ToList(),
        });

    /// <summary>Missing fields: a validation problem (<c>errors</c> by field) like ASP.NET Core's own.</summary>
    public static IResult Required(params string[] fields) => Results.ValidationProblem(
        fields.ToDictionary(f => f, f => new[] { Format(ServerText.Required, f) }),
        title: ServerText.Invalid.Get(),
        extensions: new Dictionary<string, object?> { ["code"] = "SK_FIELD_REQUIRED" });

    public static IResult BadJson() => Problem(StatusCodes.Status400BadRequest, "SK_BAD_JSON", ServerText.BadJson, ServerText.BadJsonDetail.Get());

    public static IResult DossierNotFound(string code) => Problem(StatusCodes.Status404NotFound, "SK_DOSSIER_NOT_FOUND", ServerText.DossierNotFound, code);

    public static IResult NoResultYet(string code) => Problem(StatusCodes.Status409Conflict, "SK_RESULT_NOT_RETURNED", ServerText.NoResultYet, code);

    public static IResult NoPrompt(CounterKey counter) => Problem(StatusCodes.Status404NotFound, "SK_NO_PROMPT", ServerText.NoPrompt, counter.ToString());

    /// <summary>A counter route without its unit (<c>counters/{counterId}/…</c>): refused, whichever units have that counter id.</summary>
    public static IResult CounterUnitRequired(string counterId) =>
        Problem(StatusCodes.Status400BadRequest, AmbiguousCounterException.ErrorCode, ServerText.CounterUnitRequired, counterId);

    /// <summary>A counter named by its id alone where several units have it.</summary>
    public static IResult CounterAmbiguous(AmbiguousCounterException ex) =>
        Problem(StatusCodes.Status409Conflict, AmbiguousCounterException.ErrorCode, ServerText.CounterAmbiguous, ex.Message);

    public static IResult BadPeriod(string? period) => Problem(StatusCodes.Status400BadRequest, "SK_REPORT_PERIOD_INVALID", ServerText.BadPeriod, Format(ServerText.BadPeriodDetail, period));

    public static IResult OtherCounter(CounterKey counter) => Problem(StatusCodes.Status403Forbidden, "SK_DEVICE_OTHER_COUNTER", ServerText.OtherCounter, counter.ToString());

    public static IResult NodeUnavailable() => Problem(StatusCodes.Status503ServiceUnavailable, PromptRoutingException.ErrorCode, ServerText.NodeUnavailable, null);

    public static IResult NotConfigured(string what) => Problem(StatusCodes.Status501NotImplemented, "SK_NOT_CONFIGURED", ServerText.NotConfigured, what);

    public static IResult OtherUnit(string? unitCode) => Problem(StatusCodes.Status403Forbidden, "SK_UNIT_FORBIDDEN", ServerText.OtherUnit, unitCode);

    public static IResult PressRefused(string message) => Problem(StatusCodes.Status400BadRequest, "SK_PRESS_INVALID", ServerText.PressRefused, message);

    public static IResult UnknownScheme(string code) => Problem(StatusCodes.Status400BadRequest, "SK_SCHEME_UNKNOWN", ServerText.ReportSchemeUnknown, code);

    public static IResult CannotOpen(string message) => Problem(StatusCodes.Status400BadRequest, "SK_PROMPT_NOT_OPENED", ServerText.SchemeUnknown, message);

    public static IResult EnrollmentCodeUnknown() => Problem(StatusCodes.Status400BadRequest, "SK_ENROLLMENT_CODE_INVALID", ServerText.EnrollmentCodeUnknown, null);

    public static IResult EnrollmentCodeUsed() => Problem(StatusCodes.Status409Conflict, "SK_ENROLLMENT_CODE_USED", ServerText.EnrollmentCodeUsed, null);

    public static IResult EnrollmentCodeExpired() => Problem(StatusCodes.Status410Gone, "SK_ENROLLMENT_CODE_EXPIRED", ServerText.EnrollmentCodeExpired, null);

    public static IResult DeviceRevoked(string deviceId) => Problem(StatusCodes.Status409Conflict, "SK_DEVICE_REVOKED", ServerText.DeviceRevoked, deviceId);

    public static IResult DeviceNotFound(string deviceId) => Problem(StatusCodes.Status404NotFound, "SK_DEVICE_NOT_FOUND", ServerText.DeviceNotFound, deviceId);

    /// <summary>
    /// Reads the JSON body; a malformed one (or none) gives a problem instead of ASP.NET Core's empty 400, so that
    /// every refusal is a problem document in the caller's language.
    /// </summary>
    public static async ValueTask<(T? Body, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, BadJson());
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(ct).ConfigureAwait(false);
            return body is null ? (null, BadJson()) : (body, null);
        }
        catch (JsonException)
        {
            return (null, BadJson());
        }
        catch (InvalidOperationException)
        {
            // An unknown charset in Content-Type (application/json; charset=bogus).
            return (null, BadJson());
        }
        catch (NotSupportedException)
        {
            return (null, BadJson());
        }
    }

    /// <summary>
    /// Writes a problem document outside an endpoint (the rate limiter's refusal, the exception handler), in the
    /// request's language.
    /// </summary>
    public static ValueTask WriteAsync(HttpContext http, int status, string code, LocalizedText title, Func<CultureInfo, string?>? detail = null)
    {
        var culture = RequestLanguage.Of(http);
        http.Response.StatusCode = status;
        return new ValueTask(Results.Problem(
            title: title.Get(culture),
            detail: detail?.Invoke(culture),
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(http));
    }

    private static IResult Problem(int status, string code, LocalizedText title, string? detail) => Results.Problem(
        title: title.Get(),
        detail: detail,
        statusCode: status,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    private static string Format(LocalizedText text, object? arg) => string.Format(CultureInfo.InvariantCulture, text.Get(), arg);
}
