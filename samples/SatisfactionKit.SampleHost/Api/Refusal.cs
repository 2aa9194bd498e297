using FluentValidation.Results;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// How the API answers a refused request: HTTP 400 with a problem document whose <c>errors</c> carry each
/// failure's property, stable code (for a vendor's own front end) and message in the request's language.
/// </summary>
public static class Refusal
{
    public static IResult From(IEnumerable<ValidationFailure> failures) => Results.Problem(
        title: "Yêu cầu bị từ chối / The request was refused",
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = failures.Select(f => new { property = f.PropertyName, code = f.ErrorCode, message = f.ErrorMessage }).ToList(),
        });
}
