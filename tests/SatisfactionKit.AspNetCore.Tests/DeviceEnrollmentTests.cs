using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SatisfactionKit.Enrollment;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Hubs;
using static SatisfactionKit.AspNetCore.Tests.DeviceEnrollmentFlow;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>
/// Device enrollment on a real node (SQLite) with <c>UseDeviceEnrollment()</c> and no development identities: an
/// administrator enrolls, the device redeems once, connects to the hub with its credential and rates; revoked, wrong and
/// other units' credentials are refused; the administrators' endpoints are their units' only.
/// </summary>
public sealed class DeviceEnrollmentTests : IAsyncLifetime
{
    private readonly string _database = CounterFlow.TempDatabase();
    private TestNode _node = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _node = await TestNode.StartAsync(new NodeSetup(_database)
    {
        DevelopmentDevices = false,
        DeviceEnrollment = true,
        Server = o => o.CitizenPermitLimit = 1000,
    });

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        CounterFlow.DeleteDatabase(_database);
    }

    [Fact]
    public async Task An_enrolled_device_connects_hears_the_prompt_and_its_press_is_stored()
    {
        var credential = await EnrollAndRedeemAsync(_node, "UBND-Q1", "QUAY-E1");
        Assert.StartsWith(CounterDeviceSecrets.CredentialPrefix, credential.Credential, StringComparison.Ordinal);
        Assert.Equal("/hubs/counters", credential.HubPath);

        await using var pad = _node.EnrolledDevice(credential.Credential);
        var prompts = CounterFlow.Listen(pad);
        await pad.StartAsync(Ct);
        await pad.InvokeAsync(CounterHubMethods.PadState, "connected", Ct);
        using var officer = _node.Client(officer: true);
        var opened = await CounterFlow.OpenAsync(officer, "QUAY-E1", "READY-ENROLL-1");

        Assert.Equal(opened.PromptId, (await CounterFlow.NextAsync(prompts, s => s.PromptId == opened.PromptId)).PromptId);
        var ack = await pad.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), Ct);
        Assert.Equal(PressDisposition.Rated, ack.Disposition);
        Assert.Equal(1, await CounterFlow.RatingsOfAsync(_node.Services, "READY-ENROLL-1"));

        using var admin = Admin(_node, "UBND-Q1");
        var listed = Assert.Single(await admin.GetFromJsonAsync<List<CounterDevice>>("/api/devices?unit=UBND-Q1", CounterFlow.Json, Ct) ?? []);
        Assert.Equal(("QUAY-E1", "connected", true), (listed.CounterId, listed.PadState, listed.IsActive));
        Assert.NotNull(listed.LastSeenAt);
    }

    [Fact]
    public async Task A_revoked_credential_is_refused_at_connect_on_an_HTTP_press_and_on_a_hub_press()
    {
        var credential = await EnrollAndRedeemAsync(_node, "UBND-Q1", "QUAY-E2");
        await using var connected = _node.EnrolledDevice(credential.Credential);
        await connected.StartAsync(Ct);
        using var device = Device(_node, credential.Credential);
        using (var before = await PressAsync(device, "UBND-Q1", "QUAY-E2"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var admin = Admin(_node, "UBND-Q1");
        using (var revoked = await admin.DeleteAsync($"/api/devices/{credential.DeviceId}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        using (var after = await PressAsync(device, "UBND-Q1", "QUAY-E2"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        await using var reconnect = _node.EnrolledDevice(credential.Credential);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Assert.ThrowsAsync<HttpRequestException>(() => reconnect.StartAsync(Ct))).StatusCode);
        // Connected before the revocation: its next press is refused and the server closes the connection.
        var closed = new TaskCompletionSource();
        connected.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var cutOff = await Assert.ThrowsAnyAsync<Exception>(() => connected.InvokeAsync<PadPressAck>(CounterHubMethods.Press, new PadPress("HL"), Ct));
        Assert.True(cutOff is HubException or InvalidOperationException or TaskCanceledException, cutOff.ToString());
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(HubConnectionState.Disconnected, connected.State);
    }

    [Fact]
    public async Task A_wrong_credential_is_refused()
    {
        foreach (var wrong in new[] { CounterDeviceSecrets.NewCredential(), "not-a-credential" })
        {
            await using var pad = _node.EnrolledDevice(wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Assert.ThrowsAsync<HttpRequestException>(() => pad.StartAsync(Ct))).StatusCode);
            using var device = Device(_node, wrong);
            using var press = await PressAsync(device, "UBND-Q1", "QUAY-E1");
            Assert.Equal(HttpStatusCode.Unauthorized, press.StatusCode);
        }
    }

    [Fact]
    public async Task A_code_redeems_once_and_a_wrong_code_is_refused_in_vietnamese_or_english()
    {
        using var admin = Admin(_node, "UBND-Q1");
        var enrollment = await EnrollAsync(admin, "UBND-Q1", "QUAY-E3");
        using var device = _node.Client(language: "en");
        using var vietnamese = _node.Client();

        using (var first = await RedeemAsync(device, enrollment.EnrollmentCode.ToLowerInvariant()))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var again = await RedeemAsync(device, enrollment.EnrollmentCode))
        {
            var (code, title) = await ProblemAsync(again, HttpStatusCode.Conflict);
            Assert.Equal("SK_ENROLLMENT_CODE_USED", code);
            Assert.Contains("used already", title, StringComparison.Ordinal);
        }

        using (var wrong = await RedeemAsync(vietnamese, "AAAAA-BBBBB-CCCCC-DDDDD"))
        {
            var (code, title) = await ProblemAsync(wrong, HttpStatusCode.BadRequest);
            Assert.Equal("SK_ENROLLMENT_CODE_INVALID", code);
            Assert.Contains("Mã đăng ký", title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Of_ten_simultaneous_redemptions_of_one_code_one_gets_a_credential() =>
        await EnrollmentRaces.OneOfTenWinsAsync(_node);

    [Fact]
    public async Task A_credential_of_one_unit_is_refused_for_another_units_counter()
    {
        var credential = await EnrollAndRedeemAsync(_node, "UBND-Q1", "QUAY-A1");
        await EnrollAndRedeemAsync(_node, "UBND-Q2", "QUAY-B1");
        using var device = Device(_node, credential.Credential);

        using (var press = await PressAsync(device, "UBND-Q2", "QUAY-B1"))
        {
            Assert.Equal("SK_DEVICE_OTHER_COUNTER", (await ProblemAsync(press, HttpStatusCode.Forbidden)).Code);
        }

        await using var pad = _node.EnrolledDevice(credential.Credential, namesCounter: "QUAY-B1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Assert.ThrowsAsync<HttpRequestException>(() => pad.StartAsync(Ct))).StatusCode);

        // Unit Q2 may have a QUAY-A1 of its own: another counter. Its device cannot press for Q1's QUAY-A1, nor
        // Q1's device for Q2's, though the counter ids are the same.
        var sameId = await EnrollAndRedeemAsync(_node, "UBND-Q2", "QUAY-A1");
        using var otherDevice = Device(_node, sameId.Credential);
        using (var press = await PressAsync(otherDevice, "UBND-Q1", "QUAY-A1"))
        {
            Assert.Equal("SK_DEVICE_OTHER_COUNTER", (await ProblemAsync(press, HttpStatusCode.Forbidden)).Code);
        }

        using (var press = await PressAsync(device, "UBND-Q2", "QUAY-A1"))
        {
            Assert.Equal("SK_DEVICE_OTHER_COUNTER", (await ProblemAsync(press, HttpStatusCode.Forbidden)).Code);
        }
    }

    [Fact]
    public async Task The_administrators_endpoints_refuse_anonymous_callers_officers_and_other_units_administrators()
    {
        var credential = await EnrollAndRedeemAsync(_node, "UBND-Q1", "QUAY-E5");
        using var anonymous = _node.Client();
        using var officer = _node.Client(officer: true, roles: SatisfactionKitRoles.Officer, units: "UBND-Q1");
        using var otherAdmin = Admin(_node, "UBND-Q2", language: "en");
        using var province = _node.Client(officer: true, roles: SatisfactionKitRoles.ProvinceAdmin);
        var enroll = new { unitCode = "UBND-Q1", counterId = "QUAY-E6" };

        using (var r = await anonymous.PostAsJsonAsync("/api/devices", enroll, Ct)) { Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode); }
        using (var r = await anonymous.GetAsync("/api/devices?unit=UBND-Q1", Ct)) { Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode); }
        using (var r = await anonymous.DeleteAsync($"/api/devices/{credential.DeviceId}", Ct)) { Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode); }
        using (var r = await officer.PostAsJsonAsync("/api/devices", enroll, Ct)) { Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode); }
        using (var r = await otherAdmin.PostAsJsonAsync("/api/devices", enroll, Ct)) { Assert.Equal("SK_UNIT_FORBIDDEN", (await ProblemAsync(r, HttpStatusCode.Forbidden)).Code); }
        using (var r = await otherAdmin.GetAsync("/api/devices?unit=UBND-Q1", Ct)) { Assert.Equal("SK_UNIT_FORBIDDEN", (await ProblemAsync(r, HttpStatusCode.Forbidden)).Code); }
        using (var r = await otherAdmin.GetAsync("/api/devices", Ct)) { Assert.Equal("SK_UNIT_FORBIDDEN", (await ProblemAsync(r, HttpStatusCode.Forbidden)).Code); }
        using (var r = await otherAdmin.DeleteAsync($"/api/devices/{credential.DeviceId}", Ct)) { Assert.Equal("SK_DEVICE_NOT_FOUND", (await ProblemAsync(r, HttpStatusCode.NotFound)).Code); }

        // Still active after all that; the province administrator sees every unit's devices and may enroll anywhere.
        using var device = Device(_node, credential.Credential);
        using (var press = await PressAsync(device, "UBND-Q1", "QUAY-E5")) { Assert.Equal(HttpStatusCode.OK, press.StatusCode); }
        Assert.Contains(await province.GetFromJsonAsync<List<CounterDevice>>("/api/devices", CounterFlow.Json, Ct) ?? [], d => d.DeviceId == credential.DeviceId);
        await EnrollAsync(province, "UBND-Q1", "QUAY-E6");
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        var database = CounterFlow.TempDatabase();
        await using var node = await TestNode.StartAsync(new NodeSetup(database)
        {
            DevelopmentDevices = false,
            DeviceEnrollment = true,
            Server = o => o.EnrollmentCodeLifetime = TimeSpan.FromMilliseconds(1),
        });
        using var admin = Admin(node, "UBND-Q1");
        var enrollment = await EnrollAsync(admin, "UBND-Q1", "QUAY-E7");
        Assert.True(enrollment.ExpiresAt <= DateTimeOffset.UtcNow);
        await Task.Delay(20, Ct);

        using var device = node.Client(language: "en");
        using var expired = await RedeemAsync(device, enrollment.EnrollmentCode);
        Assert.Equal("SK_ENROLLMENT_CODE_EXPIRED", (await ProblemAsync(expired, HttpStatusCode.Gone)).Code);
        await node.DisposeAsync();
        CounterFlow.DeleteDatabase(database);
    }
}
