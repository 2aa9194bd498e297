using System.Net.Http.Json;
using System.Text.Json;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample's demo dossiers as an officer's client lists them (<c>GET api/dossiers?unit=</c>).</summary>
internal static class DemoDossiers
{
    /// <summary>The codes of <paramref name="unit"/>'s dossiers whose result is ready to hand back, in the list's order.</summary>
    public static async Task<string[]> ReadyAsync(HttpClient officer, string unit, CancellationToken cancellationToken) =>
        [.. (await officer.GetFromJsonAsync<JsonElement[]>($"api/dossiers?unit={Uri.EscapeDataString(unit)}", cancellationToken))!
            .Where(d => d.GetProperty("state").GetString() == "ResultReady")
            .Select(d => d.GetProperty("code").GetString()!)];
}
