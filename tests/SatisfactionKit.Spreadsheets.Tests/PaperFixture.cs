using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Paper;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Spreadsheets.Tests;

/// <summary>
/// SatisfactionKit with channels and spreadsheets as a vendor wires them
/// (<c>AddSatisfactionKit().AddChannels(…).AddSpreadsheets()</c>), over test-only stores and a fake clock.
/// </summary>
internal sealed class PaperFixture : IAsyncDisposable
{
    public PaperFixture()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRatingStore>(Ratings);
        services.AddSingleton<IPromptStore>(Ratings);
        Batches = new RecordingBatchStore(Ratings);
        services.AddSingleton<IRatingBatchStore>(Batches);
        // The paper import uses none of the other channels' stores: registered for ValidateOnBuild, they fail if ever used.
        services.AddSingleton<IVerificationCodeStore>(_ => throw new NotSupportedException());
        services.AddSingleton<IDossierStatusSource>(_ => throw new NotSupportedException());
        services.AddSingleton<ISurveyCampaignStore>(_ => throw new NotSupportedException());
        services.AddSatisfactionKit()
            .AddChannels(o => o.SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()))
            .AddSpreadsheets();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public RecordingStores Ratings { get; } = new();

    public RecordingBatchStore Batches { get; }

    public ServiceProvider Services { get; }

    public IPaperSurveyImporter Paper => Services.GetRequiredService<IPaperSurveyImporter>();

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
