using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>AddServer() with nothing configured: no device is believed, whatever it claims.</summary>
public sealed class SecureDefaultTests
{
    [Fact]
    public async Task Without_an_authenticator_every_device_is_refused()
    {
        var database = CounterFlow.TempDatabase();
        await using (var node = await TestNode.StartAsync(new NodeSetup(database) { DevelopmentDevices = false, VendorSignIn = false }))
        {
            await using var pad = node.Device("UBND-Q1", "QUAY-01");
            var refused = await Assert.ThrowsAsync<HttpRequestException>(() => pad.StartAsync(TestContext.Current.CancellationToken));
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);

            using var client = node.Client();
            client.DefaultRequestHeaders.Add("X-SatisfactionKit-Unit", "UBND-Q1");
            client.DefaultRequestHeaders.Add("X-SatisfactionKit-Counter", "QUAY-01");
            using var press = await client.PostAsync("/api/units/UBND-Q1/counters/QUAY-01/presses", new StringContent("""{"levelCode":"HL"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, press.StatusCode);
        }

        CounterFlow.DeleteDatabase(database);
    }

    [Fact]
    public void A_device_principal_is_never_a_person()
    {
        var device = CounterClaims.ToPrincipal(new CounterIdentity("UBND-Q1", "QUAY-01", "PAD-1"));

        Assert.False(CounterClaims.IsPerson(device));
        Assert.Equal(new CounterIdentity("UBND-Q1", "QUAY-01", "PAD-1"), CounterClaims.Find(device));
    }
}
