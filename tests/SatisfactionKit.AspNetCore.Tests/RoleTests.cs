using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Server;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// Callers with the wrong role, read from the node's endpoint data source so that a new endpoint is covered: a counter
/// device is refused at every person's endpoint, a person at every device endpoint, an officer at the province
/// administrator's; and an officer limited to one unit is refused another unit's dossiers and reports.
/// </summary>
public sealed class RoleTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await TestNode.StartAsync(new NodeSetup(_database));

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task A_caller_with_the_wrong_role_is_refused_at_every_endpoint()
    {
        using var device = _node.Client();
        device.DefaultRequestHeaders.Add("X-SatisfactionKit-Unit", "UBND-Q1");
        device.DefaultRequestHeaders.Add("X-SatisfactionKit-Counter", "QUAY-01");
        using var officer = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q1");
        var failures = new List<string>();
        var checkedEndpoints = 0;

        foreach (var endpoint in _node.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || policies.Count == 0)
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                var path = string.Join('/', pattern.Split('/').Select(s => s.StartsWith('{') ? "QUAY-01" : s));
                var isDevice = policies.Contains(SatisfactionKitPolicies.Device);
                checkedEndpoints++;
                if (!isDevice && !await RefusedAsync(device, method, path))
                {
                    failures.Add($"device reached {method} {pattern}");
                }

                if ((isDevice || policies.Contains(SatisfactionKitPolicies.ProvinceAdmin)) && !await RefusedAsync(officer, method, path))
                {
                    failures.Add($"officer reached {method} {pattern}");
                }
            }
        }

        Assert.True(checkedEndpoints >= 10, $"only {checkedEndpoints} endpoints");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task An_officer_of_one_unit_is_refused_another_units_dossiers_and_reports()
    {
        // TestDossiers puts READY-U-1 in UBND-Q1.
        using var other = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q2", language: "en");
        using var own = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q1");

        await AssertOtherUnitAsync(await other.PostAsJsonAsync("/api/units/UBND-Q1/counters/QUAY-07/prompt", new { dossierCode = "READY-U-1" }, TestContext.Current.CancellationToken));
        await AssertOtherUnitAsync(await other.PostAsync("/api/dossiers/READY-U-1/receipt", null, TestContext.Current.CancellationToken));
        await AssertOtherUnitAsync(await other.GetAsync("/api/reports?period=2026-10&unit=UBND-Q1", TestContext.Current.CancellationToken));
        await AssertOtherUnitAsync(await other.GetAsync("/api/reports?period=2026-10", TestContext.Current.CancellationToken));

        using var ownReport = await own.GetAsync("/api/reports?period=2026-10&unit=UBND-Q1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ownReport.StatusCode);
        using var ownReceipt = await own.PostAsync("/api/dossiers/READY-U-1/receipt", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ownReceipt.StatusCode);
        Assert.Equal(0, await CounterFlow.RatingsOfAsync(_node.Services, "READY-U-1"));
    }

    [Fact]
    public async Task The_portal_export_is_the_province_administrators_and_an_auditor_reads_every_unit()
    {
        using var admin = _node.Client(officer: true, roles: SatisfactionKitRoles.ProvinceAdmin);
        using var auditor = _node.Client(officer: true, roles: SatisfactionKitRoles.Auditor, units: "UBND-Q2");

        using var portal = await admin.GetAsync("/api/reports/portal.json?period=2026-10", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
        using var report = await auditor.GetAsync("/api/reports?period=2026-10&unit=UBND-Q1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var refused = await auditor.GetAsync("/api/reports/portal.json?period=2026-10", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task AssertOtherUnitAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode}: {body}");
            using var problem = JsonDocument.Parse(body);
            Assert.Equal("SK_UNIT_FORBIDDEN", problem.RootElement.GetProperty("code").GetString());
        }
    }

    private static async Task<bool> RefusedAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "POST" or "PUT" or "DELETE" ? new StringContent("{}", Encoding.UTF8, "application/json") : null,
        };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
    }
}
