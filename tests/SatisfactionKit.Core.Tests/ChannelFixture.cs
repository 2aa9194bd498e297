using SatisfactionKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests;

/// <summary>SatisfactionKit with channels, over test-only stores and a fake clock.</summary>
internal sealed class ChannelFixture : IAsyncDisposable
{
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public ChannelFixture(Action<ChannelOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRatingStore>(Ratings);
        services.AddSingleton<IPromptStore>(Ratings);
        services.AddSingleton<IVerificationCodeStore>(Channels);
        services.AddSingleton<IDossierStatusSource>(Channels);
        services.AddSingleton<ISurveyCampaignStore>(Channels);
        Batches = new RecordingBatchStore(Ratings);
        services.AddSingleton<IRatingBatchStore>(Batches);
        services.AddSatisfactionKit().AddChannels(o =>
        {
            o.SigningKey = Key;
            configure?.Invoke(o);
        });
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public RecordingStores Ratings { get; } = new();

    public ChannelStores Channels { get; } = new();

    public RecordingBatchStore Batches { get; }

    public ServiceProvider Services { get; }

    public IVerificationCodeService Codes => Services.GetRequiredService<IVerificationCodeService>();

    public IOnlineRatingService Online => Services.GetRequiredService<IOnlineRatingService>();

    public ILinkTokenService Links => Services.GetRequiredService<ILinkTokenService>();

    public ISmsRatingService Sms => Services.GetRequiredService<ISmsRatingService>();

    public SatisfactionKit.Channels.Paper.IPaperSurveyImporter Paper => Services.GetRequiredService<SatisfactionKit.Channels.Paper.IPaperSurveyImporter>();

    public ISurveyService Surveys => Services.GetRequiredService<ISurveyService>();

    public IDossierStatusService Status => Services.GetRequiredService<IDossierStatusService>();

    /// <summary>Registers a dossier in the fake one-stop software, returned <paramref name="returnedAgo"/> ago (not returned when null), and issues its code.</summary>
    public async Task<string> DossierAsync(string code, TimeSpan? returnedAgo)
    {
        var returned = returnedAgo is { } ago ? Time.GetUtcNow() - ago : (DateTimeOffset?)null;
        Channels.Phones[code] = "+84 912 345 678";
        Channels.Dossiers[code] = new DossierStatus(CoreFixture.Dossier(code), returned is null ? "Đang xử lý" : "Đã trả kết quả", Time.GetUtcNow().AddDays(3), returned is not null, returned);
        return await Codes.IssueAsync(code, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
