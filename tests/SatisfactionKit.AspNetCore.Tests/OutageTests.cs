using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Testing;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// The database away: a node whose PostgreSQL connection string points at a closed port on 127.0.0.1. <c>/health</c>
/// says Unhealthy; the API answers 503 with Retry-After and a problem document, never 500 with no body. Against the
/// test script's real PostgreSQL the same check says Healthy.
/// </summary>
public sealed class OutageTests
{
    [Fact]
    public async Task With_PostgreSQL_away_health_is_Unhealthy_and_the_API_answers_503_with_Retry_After_and_a_problem()
    {
        var closed = $"Host=127.0.0.1;Port={ClosedPort()};Username=nobody;Database=none;Timeout=3";
        await using var node = await TestNode.StartAsync(new NodeSetup(CounterFlow.TempDatabase())
        {
            UseDatabase = o => o.UseNpgsql(closed),
            CreateDatabase = false,
            Map = app => app.MapGet("/vendor/ratings", async (SatisfactionKitDbContext db) => await db.Set<RatingEntity>().CountAsync()),
        });
        using var citizen = node.Client(language: "en");
        using var officer = node.Client(officer: true);

        using var health = await citizen.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        using var status = await citizen.PostAsJsonAsync("/api/online/status", new { dossierCode = "READY-1", verificationCode = "12345678" }, TestContext.Current.CancellationToken);
        await AssertOutageAsync(status, "The database is temporarily unavailable");

        using var rating = await node.Client().PostAsJsonAsync("/api/online/ratings", new { dossierCode = "READY-1", verificationCode = "12345678", answers = Array.Empty<object>() }, TestContext.Current.CancellationToken);
        await AssertOutageAsync(rating, "Cơ sở dữ liệu tạm thời không truy cập được");

        using var report = await officer.GetAsync("/api/reports?period=2026-10", TestContext.Current.CancellationToken);
        await AssertOutageAsync(report, null);

        // The vendor's own endpoint, through the exception handler app.UseSatisfactionKit() adds.
        using var vendor = await citizen.GetAsync("/vendor/ratings", TestContext.Current.CancellationToken);
        await AssertOutageAsync(vendor, "The database is temporarily unavailable");
    }

    [Fact]
    public async Task With_PostgreSQL_up_health_is_Healthy()
    {
        var connection = TestEnvironment.PostgresConnectionString();
        await using var node = await TestNode.StartAsync(new NodeSetup(CounterFlow.TempDatabase())
        {
            UseDatabase = o => o.UseNpgsql(connection),
            CreateDatabase = false,
        });
        using var client = node.Client();

        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task AssertOutageAsync(HttpResponseMessage response, string? title)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("SK_DATABASE_UNAVAILABLE", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, problem.RootElement.GetProperty("status").GetInt32());
        if (title is not null)
        {
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        }

        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
