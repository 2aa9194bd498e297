using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// Secure by default: every endpoint MapSatisfactionKit() maps, read from the node's EndpointDataSource (so a new one
/// is checked without editing this test), refuses an anonymous caller with 401, except the citizen endpoints listed
/// here, which must say so explicitly (AllowAnonymous).
/// </summary>
public sealed class AnonymousCallerTests : IAsyncLifetime
{
    /// <summary>The only endpoints meant for anyone: citizens prove who they are with dossier code + verification code, or a signed link.</summary>
    private static readonly string[] CitizenEndpoints =
    [
        "GET /api/online/scheme",
        "POST /api/online/ratings",
        "GET /api/online/links/{token}",
        "POST /api/online/status",

        // Not a citizen, but as anonymous: a counter device exchanging its one-time enrollment code for its credential.
        "POST /api/devices/redeem",
    ];

    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    public async ValueTask InitializeAsync() =>
        _node = await TestNode.StartAsync(new NodeSetup(_database) { DevelopmentDevices = false, VendorSignIn = false });

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task Every_endpoint_but_the_citizens_refuses_an_anonymous_caller()
    {
        var endpoints = Endpoints();
        Assert.Contains(endpoints, e => e.Name == "POST /api/units/{unitCode}/counters/{counterId}/prompt");
        Assert.Contains(endpoints, e => e.Name.StartsWith("POST /hubs/counters", StringComparison.Ordinal));
        using var anonymous = _node.Client();
        var failures = new List<string>();

        foreach (var (name, method, path, metadata) in endpoints)
        {
            var isCitizen = CitizenEndpoints.Contains(name);
            var allowsAnonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var requiresPolicy = metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            if (isCitizen != allowsAnonymous || (!isCitizen && !requiresPolicy))
            {
                failures.Add($"{name}: citizen {isCitizen}, AllowAnonymous {allowsAnonymous}, authorization {requiresPolicy}");
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method is "POST" or "PUT" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
            };
            using var response = await anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            if (isCitizen ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or >= HttpStatusCode.InternalServerError
                          : response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{name}: anonymous call answered {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(CitizenEndpoints.Order(), endpoints.Where(e => CitizenEndpoints.Contains(e.Name)).Select(e => e.Name).Order());
    }

    /// <summary>Every route endpoint MapSatisfactionKit mapped (not the vendor's /health) with each of its HTTP methods, named "METHOD pattern", with a path to call it by.</summary>
    private List<(string Name, string Method, string Path, EndpointMetadataCollection Metadata)> Endpoints() =>
        [.. _node.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true || e.RoutePattern.RawText?.StartsWith("/hubs/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(m => ($"{m} {e.RoutePattern.RawText}", m, Path(e), e.Metadata)))];

    private static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "X1",
        }))));
}
