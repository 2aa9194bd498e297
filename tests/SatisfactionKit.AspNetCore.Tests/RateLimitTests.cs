using System.Net;
using System.Text.Json;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// The citizen rate limit behind a reverse proxy: partitioned by the client address after forwarded headers, which are
/// believed only from the configured proxies. The test client on 127.0.0.1 plays the proxy.
/// </summary>
public sealed class RateLimitTests
{
    private const string Citizen = "/api/online/links/not-a-token";

    [Fact]
    public async Task Two_citizens_behind_a_trusted_proxy_are_limited_separately_with_429_Retry_After_and_a_problem()
    {
        var database = CounterFlow.TempDatabase();
        await using (var node = await TestNode.StartAsync(new NodeSetup(database) { Server = o => { o.KnownProxies.Add("127.0.0.1"); o.CitizenPermitLimit = 3; } }))
        {
            using var client = node.Client(language: "en");
            for (var i = 0; i < 3; i++)
            {
                Assert.NotEqual(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.7"));
            }

            using var refused = await SendAsync(client, "203.0.113.7");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal("SK_TOO_MANY_REQUESTS", problem.RootElement.GetProperty("code").GetString());
            Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());

            // Another citizen behind the same proxy is not held back by the first.
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await StatusAsync(client, "198.51.100.20"));

            // In Vietnamese by default.
            using var vietnamese = node.Client();
            using var refusedVi = await SendAsync(vietnamese, "203.0.113.7");
            Assert.Contains("Quá nhiều yêu cầu", await refusedVi.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        CounterFlow.DeleteDatabase(database);
    }

    [Fact]
    public async Task An_untrusted_sources_X_Forwarded_For_is_ignored()
    {
        var database = CounterFlow.TempDatabase();

        // The configured proxy is elsewhere (an address only named, never called): 127.0.0.1 is not trusted.
        await using (var node = await TestNode.StartAsync(new NodeSetup(database) { Server = o => { o.KnownNetworks.Add("192.0.2.0/24"); o.CitizenPermitLimit = 3; } }))
        {
            using var client = node.Client();
            for (var i = 0; i < 3; i++)
            {
                Assert.NotEqual(HttpStatusCode.TooManyRequests, await StatusAsync(client, $"203.0.113.{i + 1}"));
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.99"));
        }

        CounterFlow.DeleteDatabase(database);
    }

    [Fact]
    public async Task Without_known_proxies_forwarded_headers_are_ignored_too()
    {
        var database = CounterFlow.TempDatabase();
        await using (var node = await TestNode.StartAsync(new NodeSetup(database) { Server = o => o.CitizenPermitLimit = 2 }))
        {
            using var client = node.Client();
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.1"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.2"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, "203.0.113.3"));

            // Officers' endpoints are not the citizens' limit.
            using var officer = node.Client(officer: true);
            using var status = await officer.GetAsync("/api/units/UBND-Q1/counters/QUAY-09/status", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        }

        CounterFlow.DeleteDatabase(database);
    }

    [Fact]
    public async Task Proxy_settings_that_are_not_addresses_are_refused_at_start()
    {
        var database = CounterFlow.TempDatabase();
        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            TestNode.StartAsync(new NodeSetup(database) { Server = o => { o.KnownProxies.Add("proxy.local"); o.KnownNetworks.Add("10.0.0.0/99"); } }));
        Assert.Contains("KnownProxies 'proxy.local'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("KnownNetworks '10.0.0.0/99'", refused.Message, StringComparison.Ordinal);
        CounterFlow.DeleteDatabase(database);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string forwardedFor)
    {
        using var response = await SendAsync(client, forwardedFor);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Citizen);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
