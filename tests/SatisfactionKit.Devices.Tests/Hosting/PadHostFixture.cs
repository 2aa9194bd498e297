using SatisfactionKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Simulated;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Devices.Tests.Hosting;

/// <summary>
/// Core wired as a vendor would (over <see cref="RecordingStores"/>) plus the pad host. The system
/// clock is used because the host's scan loop and the reconnect deadline are real time.
/// </summary>
internal sealed class PadHostFixture : IAsyncDisposable
{
    private readonly IHostedService[] _hosted;

    public PadHostFixture(Action<RatingPadOptions> pads, IPadTransport? transport = null, RatingScheme? scheme = null, Action<SatisfactionKitOptions>? core = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IRatingStore>(Stores);
        services.AddSingleton<IPromptStore>(Stores);
        services.AddSingleton(transport ?? Transport);
        services.AddSatisfactionKit(o =>
            {
                o.DefaultScheme = scheme ?? RatingSchemes.FourSmiley;
                o.MinimumResponseInterval = TimeSpan.Zero;
                core?.Invoke(o);
            })
            .AddRatingPads(o =>
            {
                o.ScanInterval = TimeSpan.FromMilliseconds(50);
                pads(o);
            });
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _hosted = [.. Services.GetServices<IHostedService>()];
    }

    public SimulatedPadTransport Transport { get; } = new();

    public RecordingStores Stores { get; } = new();

    public ServiceProvider Services { get; }

    public IPromptCoordinator Coordinator => Services.GetRequiredService<IPromptCoordinator>();

    public IReadOnlyDictionary<string, string> ConnectedPads => Services.GetRequiredService<RatingPadHost>().ConnectedPads;

    public static DossierReference Dossier(string counter, string code = "000.00.17.H29-261102-0001") =>
        new(code, "1.001234", "UBND-Q1", "CB-007", counter);

    public async Task StartAsync()
    {
        foreach (var service in _hosted)
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
    }
}
