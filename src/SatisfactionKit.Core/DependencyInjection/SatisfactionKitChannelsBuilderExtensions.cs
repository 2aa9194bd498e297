using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SatisfactionKit;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Paper;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.Channels.Tt01;
using SatisfactionKit.Ratings;

// The extension lives in the DI namespace, as ASP.NET Core's own do, so that it is found without a using.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the channels beyond the counter pad to <c>AddSatisfactionKit()</c>.</summary>
public static class SatisfactionKitChannelsBuilderExtensions
{
    /// <summary>
    /// Registers online rating by verification code, dossier status look-up, signed rating links, SMS replies, topic surveys and the paper survey import. Needs an
    /// <see cref="IVerificationCodeStore"/>, an <see cref="ISurveyCampaignStore"/>, an <see cref="IRatingBatchStore"/> and the vendor's <see cref="IDossierStatusSource"/>;
    /// options and stores are checked when the host starts. The paper import reads its files through an <see cref="IPaperFiles"/>:
    /// add <c>AddSpreadsheets()</c> from <c>SatisfactionKit.Spreadsheets</c> for .csv and .xlsx.
    /// </summary>
    /// <remarks>
    /// Separate from <c>AddSatisfactionKit()</c> so that a vendor with only counter pads need not
    /// supply a signing key or these stores.
    /// </remarks>
    public static SatisfactionKitBuilder AddChannels(this SatisfactionKitBuilder builder, Action<ChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ChannelOptions>().ValidateOnStart();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChannelOptions>, ChannelOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChannelOptions>, SurveyStoreValidator>());
        services.TryAddSingleton<VerificationCodeService>();
        services.TryAddSingleton<IVerificationCodeService>(sp => sp.GetRequiredService<VerificationCodeService>());
        services.TryAddSingleton<IOnlineRatingService, OnlineRatingService>();
        services.TryAddSingleton<IDossierStatusService, DossierStatusService>();
        services.TryAddSingleton<ILinkTokenService, LinkTokens>();
        services.TryAddSingleton<ISmsRatingService, SmsRatingService>();
        services.TryAddSingleton<ISurveyService, SurveyService>();
        services.TryAddSingleton<IPaperSurveyImporter, PaperSurveyImporter>();
        services.AddOptions<Tt01ScoringOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Tt01ScoringOptions>, Tt01ScoringOptionsValidator>());
        services.TryAddSingleton<ITt01AnswerService, Tt01AnswerService>();
        return builder;
    }
}
