using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Channels.Surveys;

/// <summary>
/// Checks, when the host starts, that topic surveys have their campaign store. Beside
/// <see cref="ChannelOptionsValidator"/> rather than inside it, so that <c>SatisfactionKit.Channels</c>
/// does not depend on its <c>Surveys</c> part.
/// </summary>
internal sealed class SurveyStoreValidator(IServiceProviderIsService services) : IValidateOptions<ChannelOptions>
{
    public ValidateOptionsResult Validate(string? name, ChannelOptions options) =>
        services.IsService(typeof(ISurveyCampaignStore))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("ISurveyCampaignStore: chưa đăng ký nơi lưu cuộc khảo sát. / no survey campaign store is registered.");
}
