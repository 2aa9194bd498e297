using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SatisfactionKit.Channels.Invitations;

/// <summary>Checks <see cref="RatingInvitationOptions"/>, and that a store and a sender are registered, when the host starts.</summary>
internal sealed class RatingInvitationOptionsValidator(IServiceProviderIsService services) : IValidateOptions<RatingInvitationOptions>
{
    internal const int MaxAttemptsLimit = 10;

    public ValidateOptionsResult Validate(string? name, RatingInvitationOptions options)
    {
        var problems = new List<string>();
        void Problem(string option, string vietnamese, string english) =>
            problems.Add($"{nameof(RatingInvitationOptions)}.{option}: {vietnamese} / {english}");

        if (options.RatingPage is not { IsAbsoluteUri: true } page || (page.Scheme != Uri.UriSchemeHttps && page.Scheme != Uri.UriSchemeHttp))
        {
            Problem(nameof(options.RatingPage), "phải là địa chỉ http(s) tuyệt đối của trang đánh giá.", "must be the absolute http(s) address of the rating page.");
        }

        if (options.MaxAttempts is < 1 or > MaxAttemptsLimit)
        {
            Problem(nameof(options.MaxAttempts), $"phải từ 1 đến {MaxAttemptsLimit}.", $"must be 1 to {MaxAttemptsLimit}.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.FirstRetryDelay > TimeSpan.FromMinutes(10))
        {
            Problem(nameof(options.FirstRetryDelay), "phải lớn hơn 0 và không quá 10 phút.", "must be above zero and at most 10 minutes.");
        }

        if (string.IsNullOrWhiteSpace(options.Text) || !options.Text.Contains("{link}", StringComparison.Ordinal))
        {
            Problem(nameof(options.Text), "phải chứa {link}.", "must contain {link}.");
        }

        if (string.IsNullOrWhiteSpace(options.EmailSubject))
        {
            Problem(nameof(options.EmailSubject), "không được để trống.", "must not be empty.");
        }

        if (!services.IsService(typeof(IRatingInvitationStore)))
        {
            problems.Add("IRatingInvitationStore: chưa đăng ký nơi ghi lời mời (AddEntityFrameworkStores). / no invitation store is registered (AddEntityFrameworkStores).");
        }

        if (!services.IsService(typeof(IRatingInvitationSender)))
        {
            problems.Add("IRatingInvitationSender: chưa đăng ký cách gửi lời mời (AddMailInvitations, AddHttpSmsInvitations hoặc FileRatingInvitationSender). / no invitation sender is registered (AddMailInvitations, AddHttpSmsInvitations or FileRatingInvitationSender).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
