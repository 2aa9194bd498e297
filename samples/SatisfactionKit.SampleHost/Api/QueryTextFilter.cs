using SatisfactionKit.Ratings;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// The sample's own endpoints take unit and dossier codes from the route and the query straight to its
/// database: a value over 64 characters or holding a control character (PostgreSQL refuses NUL in text) is
/// answered 400 with a Vietnamese and English problem document naming it, before any query runs — as the
/// package's endpoints do.
/// </summary>
internal sealed class QueryTextFilter : IEndpointFilter
{
    private const int MaxLength = 64;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var values = request.Query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v)))
            .Concat(request.RouteValues.Select(r => (r.Key, Value: r.Value?.ToString())));
        foreach (var (name, value) in values)
        {
            if (value is not null && (value.Length > MaxLength || TextRules.FirstInvalidCharacter(value) >= 0))
            {
                return ValueTask.FromResult<object?>(Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Giá trị không hợp lệ / Invalid value",
                    detail: $"'{name}': tối đa {MaxLength} ký tự, không có ký tự điều khiển. / at most {MaxLength} characters, no control characters.",
                    extensions: new Dictionary<string, object?> { ["code"] = "SK_INPUT_INVALID", ["field"] = name }));
            }
        }

        return next(context);
    }
}
