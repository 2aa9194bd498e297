using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>A web hook receiver on Kestrel at 127.0.0.1: keeps each post's raw body and signature header.</summary>
internal sealed class LoopbackWebhook : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackWebhook(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<(byte[] Body, string? Signature, string? ContentType)> Posts { get; } = new();

    public static async Task<LoopbackWebhook> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hook = new LoopbackWebhook(app);
        app.MapPost("/hooks/alerts", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            hook.Posts.Enqueue((buffer.ToArray(), http.Request.Headers["X-SatisfactionKit-Signature"].ToString(), http.Request.ContentType));
            return Results.NoContent();
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        hook.Url = new Uri(new Uri(address), "/hooks/alerts");
        return hook;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
