using SatisfactionKit.Schemes;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>A report asked for under a scheme nobody defined (<c>?scheme=</c>) is a 400 naming it, not a failed report.</summary>
internal sealed class SchemeQueryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Query["scheme"].ToString() is { Length: > 0 } code &&
            await http.RequestServices.GetRequiredService<IRatingSchemeProvider>().FindAsync(code, cancellationToken: http.RequestAborted) is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bộ tiêu chí không tồn tại / Unknown scheme",
                detail: $"'{code}'",
                extensions: new Dictionary<string, object?> { ["code"] = "SK_SCHEME_UNKNOWN", ["field"] = "scheme" });
        }

        return await next(context);
    }
}
