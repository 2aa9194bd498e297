using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample's alert endpoints over the database-backed alert store, signed in.</summary>
public sealed class AlertApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_alerts_are_listed_and_acknowledging_needs_an_open_alert_a_supervisor_and_a_short_comment()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        using var admin = await DemoSignIn.ClientAsync(host, "quantri.q1", Ct);
        using var auditor = await DemoSignIn.ClientAsync(host, "thanhtra", Ct);
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        var open = await admin.GetFromJsonAsync<JsonElement[]>("api/alerts/", Ct);
        var unknown = await admin.PostAsJsonAsync($"api/alerts/{Guid.NewGuid()}/acknowledge", new { comment = "đã xử lý" }, Ct);
        var tooLong = await admin.PostAsJsonAsync($"api/alerts/{Guid.NewGuid()}/acknowledge", new { comment = new string('x', 1001) }, Ct);
        // The auditor reads alerts and changes nothing; nobody unsigned reads them.
        var auditorReads = await auditor.GetAsync("api/alerts/", Ct);
        var auditorAcknowledges = await auditor.PostAsJsonAsync($"api/alerts/{Guid.NewGuid()}/acknowledge", new { comment = "x" }, Ct);
        var anonymousReads = await anonymous.GetAsync("api/alerts/", Ct);

        Assert.Empty(open!);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, auditorReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, auditorAcknowledges.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousReads.StatusCode);
    }
}
