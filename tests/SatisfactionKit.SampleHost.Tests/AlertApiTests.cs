using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample's alert endpoints over the database-backed alert store.</summary>
public sealed class AlertApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_alerts_are_listed_and_acknowledging_needs_an_open_alert_and_a_name()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var open = await client.GetFromJsonAsync<JsonElement[]>("api/alerts/", Ct);
        var unknown = await client.PostAsJsonAsync($"api/alerts/{Guid.NewGuid()}/acknowledge", new { by = "truong.phong", comment = "đã xử lý" }, Ct);
        var nameless = await client.PostAsJsonAsync($"api/alerts/{Guid.NewGuid()}/acknowledge", new { by = " " }, Ct);

        Assert.Empty(open!);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
    }
}
