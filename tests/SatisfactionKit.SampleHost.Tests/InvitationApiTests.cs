using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample's invitation endpoint and response rates, with the development sender writing invitations.tsv.</summary>
public sealed class InvitationApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_returned_dossier_gets_its_signed_link_and_the_response_rate_counts_it()
    {
        var settings = SampleHostProcess.FreshSqliteSettings();
        var file = Path.Combine(Path.GetDirectoryName(settings["SampleHost__SqliteFile"])!, "invitations.tsv");
        settings["SampleHost__InvitationsFile"] = file;
        await using var host = await SampleHostProcess.StartAsync(settings, Ct);
        using var client = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        using var admin = await DemoSignIn.ClientAsync(host, "quantri.q1", Ct);
        var dossiers = await client.GetFromJsonAsync<JsonElement[]>("api/dossiers/?unit=UBND-Q1", Ct);
        var ready = dossiers!.Where(d => d.GetProperty("state").GetString() == "ResultReady").Select(d => d.GetProperty("code").GetString()!).ToArray();
        var inProgress = dossiers!.First(d => d.GetProperty("state").GetString() == "InProgress").GetProperty("code").GetString()!;
        (await client.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = ready[0] }, Ct)).EnsureSuccessStatusCode();

        var sent = await client.PostAsJsonAsync($"api/dossiers/{ready[0]}/invitations", new { recipient = "cong.dan@example.vn", channel = "Email" }, Ct);
        var early = await client.PostAsJsonAsync($"api/dossiers/{inProgress}/invitations", new { recipient = "cong.dan@example.vn", channel = "Email" }, Ct);
        var wrongChannel = await client.PostAsJsonAsync($"api/dossiers/{ready[0]}/invitations", new { recipient = "x", channel = "CounterPad" }, Ct);
        var rates = await admin.GetFromJsonAsync<JsonElement[]>("api/reports/response-rates?unit=UBND-Q1", Ct);
        // Not for another unit's officer, nor another unit's figures.
        using var q3 = await DemoSignIn.ClientAsync(host, "canbo.q3", Ct);
        using var otherUnit = await q3.PostAsJsonAsync($"api/dossiers/{ready[1]}/invitations", new { recipient = "cong.dan@example.vn", channel = "Email" }, Ct);
        using var otherRates = await admin.GetAsync("api/reports/response-rates?unit=UBND-Q3", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherRates.StatusCode);

        sent.EnsureSuccessStatusCode();
        var body = await sent.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Sent", body.GetProperty("outcome").GetString());
        var line = Assert.Single(await File.ReadAllLinesAsync(file, Ct));
        Assert.StartsWith($"Email\tcong.dan@example.vn\t{ready[0]}\thttp://localhost:5080/danh-gia?t=", line, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("SK_RESULT_NOT_RETURNED", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongChannel.StatusCode);
        var email = Assert.Single(rates!);
        Assert.Equal(("Email", 1, 0, 0), (email.GetProperty("channel").GetString(), email.GetProperty("invited").GetInt32(), email.GetProperty("failed").GetInt32(), email.GetProperty("rated").GetInt32()));
    }
}
