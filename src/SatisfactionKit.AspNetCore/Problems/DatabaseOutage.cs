using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace SatisfactionKit.Server.Problems;

/// <summary>
/// A database that is away (down, restarting, unreachable, out of connections, timing out) is answered with 503,
/// <c>Retry-After</c> and a problem document in the caller's language, not 500 with no body. Recognised anywhere in
/// the exception's chain: a transient <see cref="DbException"/>, a connection-class SQLSTATE (<c>08…</c>, <c>57P0…</c>,
/// <c>53…</c>), a <see cref="TimeoutException"/> or a <see cref="SocketException"/>. Used by the endpoint groups' filter
/// and, for the vendor's own endpoints, as an <see cref="IExceptionHandler"/> (<c>app.UseSatisfactionKit()</c>).
/// </summary>
internal sealed class DatabaseOutage : IExceptionHandler
{
    /// <summary>How long a client is asked to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    public const string Code = "SK_DATABASE_UNAVAILABLE";

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbException db when db.IsTransient || IsConnectionState(db.SqlState):
                case TimeoutException:
                case SocketException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The endpoint's answer while the database is away.</summary>
    public static IResult Result(HttpContext http)
    {
        http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            title: ServerText.DatabaseUnavailable.Get(),
            detail: ServerText.DatabaseUnavailableDetail.Get(),
            statusCode: StatusCodes.Status503ServiceUnavailable,
            extensions: new Dictionary<string, object?> { ["code"] = Code });
    }

    /// <summary>The groups' filter: a database outage inside an endpoint becomes <see cref="Result"/>.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        try
        {
            return await next(invocation).ConfigureAwait(false);
        }
        catch (Exception ex) when (Is(ex) && !invocation.HttpContext.Response.HasStarted)
        {
            return Result(invocation.HttpContext);
        }
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!Is(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await ServerProblems.WriteAsync(
            httpContext,
            StatusCodes.Status503ServiceUnavailable,
            Code,
            ServerText.DatabaseUnavailable,
            ServerText.DatabaseUnavailableDetail.Get).ConfigureAwait(false);
        return true;
    }

    private static bool IsConnectionState(string? sqlState) =>
        sqlState is { Length: 5 } s && (s.StartsWith("08", StringComparison.Ordinal) || s.StartsWith("57P0", StringComparison.Ordinal) || s.StartsWith("53", StringComparison.Ordinal));
}
