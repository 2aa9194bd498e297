using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Prompts;
using SatisfactionKit.Server.Hubs;

namespace SatisfactionKit.AspNetCore.Tests;

/// <summary>What the counter tests do: an officer over HTTP, a simulated pad over the hub.</summary>
internal static class CounterFlow
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Collects what the device is told, in order.</summary>
    public static ChannelReader<PromptStatus> Listen(HubConnection device)
    {
        var prompts = Channel.CreateUnbounded<PromptStatus>();
        device.On<PromptStatus>(CounterHubMethods.PromptChanged, s => prompts.Writer.TryWrite(s));
        return prompts.Reader;
    }

    public static async Task<OfficerPromptView> OpenAsync(HttpClient officer, string counter, string dossier, string unit = "UBND-Q1")
    {
        using var response = await officer.PostAsJsonAsync($"/api/units/{unit}/counters/{counter}/prompt", new { dossierCode = dossier }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<OfficerPromptView>(Json, TestContext.Current.CancellationToken))!;
    }

    /// <summary>The officer's view of the counter's prompt: waiting, done, expired or cancelled.</summary>
    public static async Task<OfficerPromptView> StatusAsync(HttpClient officer, string counter, string unit = "UBND-Q1") =>
        (await officer.GetFromJsonAsync<OfficerPromptView>($"/api/units/{unit}/counters/{counter}/status", Json, TestContext.Current.CancellationToken))!;

    /// <summary>The next status the device is told that satisfies <paramref name="match"/>, within 10 s.</summary>
    public static async Task<PromptStatus> NextAsync(ChannelReader<PromptStatus> prompts, Func<PromptStatus, bool> match)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await foreach (var status in prompts.ReadAllAsync(timeout.Token))
        {
            if (match(status))
            {
                return status;
            }
        }

        throw new InvalidOperationException("the device's connection closed");
    }

    public static async Task<int> RatingsOfAsync(IServiceProvider services, string dossier)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>();
        return await db.Set<RatingEntity>().CountAsync(r => r.DossierCode == dossier, TestContext.Current.CancellationToken);
    }

    public static string TempDatabase() => Path.Combine(Path.GetTempPath(), $"sk-aspnetcore-{Guid.NewGuid():N}.db");

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
