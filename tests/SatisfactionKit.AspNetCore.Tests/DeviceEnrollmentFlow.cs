using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SatisfactionKit.Server;
using SatisfactionKit.Server.Endpoints;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>What the enrollment tests do over HTTP: an administrator enrolls, a device redeems and presses.</summary>
internal static class DeviceEnrollmentFlow
{
    public static HttpClient Admin(TestNode node, string unit, string? language = null) =>
        node.Client(officer: true, roles: SatisfactionKitRoles.UnitAdmin, units: unit, language: language);

    public static async Task<DeviceEnrollmentCode> EnrollAsync(HttpClient admin, string unit, string counter)
    {
        using var response = await admin.PostAsJsonAsync("/api/devices", new { unitCode = unit, counterId = counter, displayName = $"Máy tính bảng {counter}" }, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<DeviceEnrollmentCode>(CounterFlow.Json, TestContext.Current.CancellationToken))!;
    }

    public static Task<HttpResponseMessage> RedeemAsync(HttpClient device, string code) =>
        device.PostAsJsonAsync("/api/devices/redeem", new { enrollmentCode = code }, TestContext.Current.CancellationToken);

    public static async Task<DeviceCredential> EnrollAndRedeemAsync(TestNode node, string unit, string counter)
    {
        using var admin = Admin(node, unit);
        var enrollment = await EnrollAsync(admin, unit, counter);
        using var device = node.Client();
        using var response = await RedeemAsync(device, enrollment.EnrollmentCode);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<DeviceCredential>(CounterFlow.Json, TestContext.Current.CancellationToken))!;
    }

    public static HttpClient Device(TestNode node, string credential)
    {
        var client = node.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return client;
    }

    public static Task<HttpResponseMessage> PressAsync(HttpClient device, string unit, string counter) =>
        device.PostAsJsonAsync($"/api/units/{unit}/counters/{counter}/presses", new { levelCode = "HL" }, TestContext.Current.CancellationToken);

    /// <summary>The problem's <c>code</c> and <c>title</c>, after asserting the status.</summary>
    public static async Task<(string Code, string Title)> ProblemAsync(HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        using var problem = JsonDocument.Parse(body);
        return (problem.RootElement.GetProperty("code").GetString()!, problem.RootElement.GetProperty("title").GetString()!);
    }
}
