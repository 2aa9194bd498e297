using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Prompts;

namespace SatisfactionKit.Server.Endpoints;

/// <summary>
/// The officer's server-sent events of a counter's prompt (<c>event: prompt</c>, the status as JSON). Unlike
/// <c>TypedResults.ServerSentEvents</c>, the response starts at once, before the first change: the officer's page
/// (and a proxy) sees the stream open even while the counter has no prompt.
/// </summary>
internal sealed class PromptEventStream<T>(IAsyncEnumerable<T> statuses) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache,no-store";
        response.Headers.Pragma = "no-cache";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var json = httpContext.RequestServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions ?? JsonSerializerOptions.Web;
        var ct = httpContext.RequestAborted;
        try
        {
            await response.StartAsync(ct).ConfigureAwait(false);
            await response.Body.FlushAsync(ct).ConfigureAwait(false);
            await SseFormatter.WriteAsync(
                Items(statuses, ct),
                response.Body,
                (item, buffer) =>
                {
                    using var writer = new Utf8JsonWriter(buffer);
                    JsonSerializer.Serialize(writer, item.Data, json);
                },
                ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The officer closed the page.
        }
    }

    private static async IAsyncEnumerable<SseItem<T>> Items(IAsyncEnumerable<T> statuses, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var status in statuses.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return new SseItem<T>(status, "prompt");
        }
    }
}
