using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Server;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// Every endpoint the sample host maps — the server package's and the sample's own, read from the host's
/// EndpointDataSource, so a new one is checked without editing this test — refuses an anonymous caller with 401,
/// except the few listed here; a counter device's identity never opens a person's endpoint; the auditor changes nothing.
/// </summary>
public sealed class EndpointAuthorizationTests : IAsyncLifetime
{
    /// <summary>The endpoints meant for anyone.</summary>
    private static readonly string[] Anonymous =
    [
        // Citizens: dossier code + verification code, or a signed link.
        "GET /api/online/scheme",
        "POST /api/online/ratings",
        "GET /api/online/links/{token}",
        "POST /api/online/status",
        // A counter device exchanging its one-time enrollment code for its credential.
        "POST /api/devices/redeem",
        // Signing in.
        "POST /api/account/login",
        // The tablet's kiosk page: static, no data; all it does afterwards needs the tablet's credential.
        "GET /kiosk",
        // The host's own: its health and its OpenAPI document.
        "* /health",
        "GET /openapi/{documentName}.json",
    ];

    /// <summary>
    /// Signed-in endpoints that name no unit: who one is, signing out, and the lists that hold only the caller's units
    /// (checked in <see cref="An_officer_of_another_unit_is_refused_at_every_endpoint_that_names_a_unit_or_a_dossier"/>).
    /// </summary>
    private static readonly string[] NamesNoUnit =
    [
        "GET /api/me",
        "POST /api/account/logout",
        "GET /api/counters/",
        "GET /api/alerts/",
        // A scheme's factor and criterion names: no unit's data.
        "GET /api/reports/scheme",
        // A counter without its unit: refused for everyone (400 SK_COUNTER_AMBIGUOUS).
        "* /api/counters/{counterId}/{**rest}",
    ];

    private readonly SampleHostFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        // Starts the host (migrations, demo data and accounts) on the test's own database.
        using var client = _factory.CreateClient();
        Assert.True(File.Exists(_factory.DatabaseFile), "the in-process host did not take the test's settings");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_endpoint_but_the_listed_ones_refuses_an_anonymous_caller_and_a_device_identity()
    {
        var endpoints = Endpoints();
        // The sample's own endpoints and the package's are both there.
        var names = endpoints.Select(e => e.Name).ToHashSet();
        foreach (var expected in new[] { "POST /api/units/{unitCode}/counters/{counterId}/return", "GET /api/reports/units", "POST /api/units/{unitCode}/counters/{counterId}/prompt", "POST /api/devices/", "GET /api/me", "* /hubs/counters/negotiate" })
        {
            Assert.True(names.Contains(expected), $"{expected} not among:\n{string.Join('\n', names.Order())}");
        }

        using var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();

        foreach (var (name, method, path, metadata, _) in endpoints)
        {
            var isAnonymous = Anonymous.Contains(name);
            var requiresPolicy = metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 && metadata.GetMetadata<IAllowAnonymous>() is null;
            if (isAnonymous == requiresPolicy)
            {
                failures.Add($"{name}: listed as anonymous {isAnonymous}, requires a policy {requiresPolicy}");
                continue;
            }

            using var response = await anonymous.SendAsync(Request(method == "*" ? "POST" : method, path), Ct);
            if (isAnonymous ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or >= HttpStatusCode.InternalServerError
                            : response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{name}: anonymous call answered {(int)response.StatusCode}");
            }

            // The development counter identity (the sample's default) is a device, never a person.
            var devicePolicy = metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == SatisfactionKitPolicies.Device);
            if (!isAnonymous && !devicePolicy)
            {
                using var asDevice = Request(method == "*" ? "POST" : method, path);
                asDevice.Headers.Add("X-SatisfactionKit-Unit", "UBND-Q1");
                asDevice.Headers.Add("X-SatisfactionKit-Counter", "QUAY-01");
                using var deviceResponse = await anonymous.SendAsync(asDevice, Ct);
                if (deviceResponse.StatusCode != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{name}: a counter device's call answered {(int)deviceResponse.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(Anonymous.Order(), endpoints.Where(e => Anonymous.Contains(e.Name)).Select(e => e.Name).Distinct().Order());
    }

    [Fact]
    public async Task The_auditor_reads_but_every_endpoint_that_changes_something_refuses_them()
    {
        using var auditor = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await auditor.PostAsJsonAsync("api/account/login", new { userName = "thanhtra", password = DemoSignIn.Password }, Ct)).EnsureSuccessStatusCode();
        var failures = new List<string>();

        foreach (var (name, method, path, _, _) in Endpoints().Where(e => e.Method != "GET" && !Anonymous.Contains(e.Name) && e.Name != "POST /api/account/logout"))
        {
            using var response = await auditor.SendAsync(Request(method, path), Ct);
            if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                failures.Add($"{name}: the auditor's call answered {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("api/reports", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_officer_of_another_unit_is_refused_at_every_endpoint_that_names_a_unit_or_a_dossier()
    {
        // UBND-Q1's counter, dossier and reports, asked for by UBND-Q3's officer.
        string dossier;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.OneStopDbContext>();
            dossier = db.Dossiers.Where(d => d.UnitCode == "UBND-Q1").OrderBy(d => d.Code).Select(d => d.Code).First();
        }

        using var q3 = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await q3.PostAsJsonAsync("api/account/login", new { userName = "canbo.q3", password = DemoSignIn.Password }, Ct)).EnsureSuccessStatusCode();
        var body = new { dossierCode = dossier, unitCode = "UBND-Q1", counterId = "QUAY-01", recipient = "cong.dan@example.vn", channel = "Email", levelCode = "HL", comment = "x" };
        var failures = new List<string>();

        var values = new Dictionary<string, string> { ["unitCode"] = "UBND-Q1", ["counterId"] = "QUAY-01", ["code"] = dossier, ["chart"] = "units" };
        foreach (var (name, method, endpoint) in Endpoints().Where(e => !Anonymous.Contains(e.Name) && !NamesNoUnit.Contains(e.Name)).Select(e => (e.Name, e.Method, e.Endpoint)))
        {
            var path = Path(endpoint, values) + "?unit=UBND-Q1&period=2025";
            using var request = new HttpRequestMessage(new HttpMethod(method == "*" ? "POST" : method), path)
            {
                Content = method is "GET" or "DELETE" ? null : JsonContent.Create(body),
            };
            using var response = await q3.SendAsync(request, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            // 403 for the unit (or for the role, before the unit is looked at); 401 where only a device is let in.
            if (!(response.StatusCode == HttpStatusCode.Forbidden && (text.Contains("SK_UNIT_FORBIDDEN", StringComparison.Ordinal) || text.Contains("SAMPLE_ROLE_FORBIDDEN", StringComparison.Ordinal)))
                && response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{name} ({path}): {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
            }
        }

        // The lists that name no unit show the officer's own unit only.
        var listed = await q3.GetStringAsync("api/counters", Ct) + await q3.GetStringAsync("api/dossiers", Ct);
        Assert.DoesNotContain("UBND-Q1", listed, StringComparison.Ordinal);
        Assert.Contains("UBND-Q3", listed, StringComparison.Ordinal);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "POST" or "PUT" or "PATCH" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
    };

    /// <summary>Every route endpoint with each of its HTTP methods, named "METHOD pattern", with a path to call it by.</summary>
    private List<(string Name, string Method, string Path, EndpointMetadataCollection Metadata, RouteEndpoint Endpoint)> Endpoints() =>
        [.. _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // An endpoint for every method (as /health) is named "*" and called with POST.
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => ($"{m} {e.RoutePattern.RawText}", m, Path(e), e.Metadata, e)))];

    /// <summary>A path to <paramref name="endpoint"/>: route parameters from <paramref name="values"/>, otherwise a value of the right shape.</summary>
    private static string Path(RouteEndpoint endpoint, IReadOnlyDictionary<string, string>? values = null) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when values?.GetValueOrDefault(parameter.Name) is { } value => Uri.EscapeDataString(value),
            RoutePatternParameterPart { Name: "documentName" } => "v1",
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(x => x.Content == "guid") => Guid.Empty.ToString(),
            _ => "X1",
        }))));
}
