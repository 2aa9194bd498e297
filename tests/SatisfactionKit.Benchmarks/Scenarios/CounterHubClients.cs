using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>Simulated counter agents: hub connections with the development identity the server node accepts.</summary>
internal static class CounterHubClients
{
    public const string Unit = "UBND-BENCH";

    /// <summary>A started connection of <paramref name="counter"/> to the node at <paramref name="node"/>.</summary>
    public static async Task<HubConnection> ConnectAsync(Uri node, string counter, CancellationToken cancellationToken = default)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(node, "/hubs/counters"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.Headers["X-SatisfactionKit-Unit"] = Unit;
                o.Headers["X-SatisfactionKit-Counter"] = counter;
                o.Headers["X-SatisfactionKit-Device"] = "AGENT-" + counter;
            })
            .Build();
        await connection.StartAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>The officer's "return the result" at <paramref name="counter"/> for a made-up ready dossier.</summary>
    public static async Task OpenPromptAsync(HttpClient officer, string counter, string dossier, CancellationToken cancellationToken = default)
    {
        using var response = await officer.PostAsync(
            $"/api/units/{Unit}/counters/{counter}/prompt",
            new StringContent($$"""{"dossierCode":"{{Unit}}/{{dossier}}"}""", System.Text.Encoding.UTF8, "application/json"),
            cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Opening a prompt at {counter} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }
    }
}
