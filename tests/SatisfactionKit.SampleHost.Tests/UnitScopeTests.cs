using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The unit scope through the sample's sign-in (real process, SQLite): an officer of UBND-Q3 acts and reads only for
/// UBND-Q3, a unit administrator reads only their unit, the province's roles read everything; refusals are 403.
/// </summary>
public sealed class UnitScopeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_officer_of_another_unit_is_refused_and_of_the_right_unit_accepted()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        using var q1 = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        using var q3 = await DemoSignIn.ClientAsync(host, "canbo.q3", Ct);
        var q1Dossier = await ReadyDossierAsync(q1, "UBND-Q1");
        var q3Dossier = await ReadyDossierAsync(q3, "UBND-Q3");

        // Another unit's dossier: not listed, not shown, not returned (at either unit's counter), no receipt, no invitation.
        await AssertOtherUnitAsync(await q3.GetAsync("api/dossiers?unit=UBND-Q1", Ct));
        await AssertOtherUnitAsync(await q3.GetAsync($"api/dossiers/{q1Dossier}/status", Ct));
        await AssertOtherUnitAsync(await q3.PostAsJsonAsync("api/units/UBND-Q3/counters/QUAY-03/return", new { dossierCode = q1Dossier }, Ct));
        await AssertOtherUnitAsync(await q3.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = q1Dossier }, Ct));
        await AssertOtherUnitAsync(await q3.PostAsJsonAsync($"api/dossiers/{q1Dossier}/receipt", new { }, Ct));
        await AssertOtherUnitAsync(await q3.PostAsJsonAsync($"api/dossiers/{q1Dossier}/invitations", new { recipient = "a@example.vn", channel = "Email" }, Ct));
        await AssertOtherUnitAsync(await q3.GetAsync("api/units/UBND-Q1/counters/QUAY-01/status", Ct));
        // Another unit's report, and the province's as a whole.
        await AssertOtherUnitAsync(await q3.GetAsync("api/reports?unit=UBND-Q1", Ct));
        await AssertOtherUnitAsync(await q3.GetAsync("api/reports/export.csv?unit=UBND-Q1", Ct));
        await AssertOtherUnitAsync(await q3.GetAsync("api/reports/charts/units.png?unit=UBND-Q1", Ct));
        await AssertOtherUnitAsync(await q3.GetAsync("api/reports", Ct));
        await AssertOtherUnitAsync(await q3.GetAsync("api/reports/units?period=2025", Ct));

        // Their own lists hold their unit only.
        var dossiers = await q3.GetFromJsonAsync<JsonElement[]>("api/dossiers", Ct);
        Assert.All(dossiers!, d => Assert.Equal("UBND-Q3", d.GetProperty("unitCode").GetString()));
        Assert.NotEmpty(dossiers!);
        var counters = await q3.GetFromJsonAsync<JsonElement[]>("api/counters", Ct);
        Assert.Equal(["QUAY-03"], counters!.Select(c => c.GetProperty("id").GetString()));

        // The right unit: accepted.
        using var returned = await q3.PostAsJsonAsync("api/units/UBND-Q3/counters/QUAY-03/return", new { dossierCode = q3Dossier }, Ct);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await q3.GetAsync("api/reports?unit=UBND-Q3", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await q3.GetAsync($"api/dossiers/{q3Dossier}/status", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await q1.PostAsJsonAsync($"api/dossiers/{q1Dossier}/receipt", new { }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Administrators_and_the_auditor_read_by_their_scope_and_only_officers_act_at_the_counter()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct, new Dictionary<string, string> { ["SampleHost__DeviceEnrollment"] = "true" });
        using var unitAdmin = await DemoSignIn.ClientAsync(host, "quantri.q1", Ct);
        using var province = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct);
        using var auditor = await DemoSignIn.ClientAsync(host, "thanhtra", Ct);
        using var officer = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        var dossier = await ReadyDossierAsync(officer, "UBND-Q1");

        Assert.Equal(HttpStatusCode.OK, (await unitAdmin.GetAsync("api/reports?unit=UBND-Q1", Ct)).StatusCode);
        await AssertOtherUnitAsync(await unitAdmin.GetAsync("api/reports?unit=UBND-Q3", Ct));
        await AssertOtherUnitAsync(await unitAdmin.GetAsync("api/reports/units?period=2025", Ct));
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("api/reports", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("api/reports/units?period=2025", Ct)).StatusCode);
        // The national portal file (every dossier of the province): the province administrator's only.
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("api/reports/portal.json", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitAdmin.GetAsync("api/reports/portal.json", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("api/reports/portal.json", Ct)).StatusCode);

        // At the counter: officers only (a 403 for the role, before any unit is looked at).
        foreach (var client in new[] { unitAdmin, province, auditor })
        {
            using var refused = await client.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = dossier }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("SAMPLE_ROLE_FORBIDDEN", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        // Counter devices: a unit administrator enrolls for their unit only, the province administrator for any; officers not.
        var device = new { unitCode = "UBND-Q1", counterId = "QUAY-01", displayName = "Quầy 1" };
        Assert.Equal(HttpStatusCode.Created, (await unitAdmin.PostAsJsonAsync("api/devices", device, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitAdmin.PostAsJsonAsync("api/devices", new { unitCode = "UBND-Q3", counterId = "QUAY-03", displayName = "Quầy 3" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await province.PostAsJsonAsync("api/devices", new { unitCode = "UBND-Q3", counterId = "QUAY-03", displayName = "Quầy 3" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("api/devices", device, Ct)).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("api/devices", device, Ct)).StatusCode);
    }

    private static async Task<string> ReadyDossierAsync(HttpClient client, string unit) => (await DemoDossiers.ReadyAsync(client, unit, Ct))[0];

    private static async Task AssertOtherUnitAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            Assert.Contains("SK_UNIT_FORBIDDEN", body, StringComparison.Ordinal);
        }
    }
}
