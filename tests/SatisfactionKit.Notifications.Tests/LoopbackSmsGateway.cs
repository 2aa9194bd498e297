using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>
/// An SMS gateway on Kestrel at 127.0.0.1: keeps each request's bearer key and JSON body, answers 401 to a
/// wrong key, 400 to a number starting with <c>000</c>, and 503 to the first <see cref="TransientFailures"/> requests.
/// </summary>
internal sealed class LoopbackSmsGateway : IAsyncDisposable
{
    public const string Key = "khoa-thu-nghiem-sms";

    private readonly WebApplication _app;

    private LoopbackSmsGateway(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public ConcurrentQueue<(string? Authorization, JsonElement Body)> Requests { get; } = new();

    public int TransientFailures { get; set; }

    public static async Task<LoopbackSmsGateway> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new LoopbackSmsGateway(app);
        var given = 0;
        app.MapPost("/api/sms", async (HttpContext http) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
            var authorization = http.Request.Headers.Authorization.ToString();
            gateway.Requests.Enqueue((authorization, body));
            if (authorization != "Bearer " + Key)
            {
                return Results.Json(new { error = "bad key" }, statusCode: StatusCodes.Status401Unauthorized);
            }

            if (Interlocked.Increment(ref given) <= gateway.TransientFailures)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            return body.GetProperty("to").GetString()!.StartsWith("000", StringComparison.Ordinal)
                ? Results.Json(new { error = "so khong hop le / invalid number" }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(new { id = Guid.NewGuid() });
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        gateway.Endpoint = new Uri(new Uri(address), "/api/sms");
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
