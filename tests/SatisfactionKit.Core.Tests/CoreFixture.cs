using SatisfactionKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests;

/// <summary>SatisfactionKit wired as a vendor would, over <see cref="RecordingStores"/> and a fake clock.</summary>
internal sealed class CoreFixture : IAsyncDisposable
{
    public CoreFixture(Action<SatisfactionKitOptions>? configure = null, Action<IServiceCollection>? services = null)
        : this(configure, services, null)
    {
    }

    private CoreFixture(Action<SatisfactionKitOptions>? configure, Action<IServiceCollection>? more, object? _)
    {
        var services = new ServiceCollection();
        more?.Invoke(services);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRatingStore>(Stores);
        services.AddSingleton<IPromptStore>(Stores);
        services.AddSatisfactionKit(configure);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public RecordingStores Stores { get; } = new();

    public ServiceProvider Services { get; }

    public IRatingService Ratings => Services.GetRequiredService<IRatingService>();

    public IPromptCoordinator Coordinator => Services.GetRequiredService<IPromptCoordinator>();

    public static DossierReference Dossier(string code = "000.00.17.H29-261102-0001", string counter = "QUAY-01") =>
        new(code, "1.001234", "UBND-Q1", "CB-007", counter);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
