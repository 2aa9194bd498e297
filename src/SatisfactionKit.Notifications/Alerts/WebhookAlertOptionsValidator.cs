using Microsoft.Extensions.Options;

namespace SatisfactionKit.Notifications.Alerts;

/// <summary>Checks <see cref="WebhookAlertOptions"/> when the host starts.</summary>
internal sealed class WebhookAlertOptionsValidator : IValidateOptions<WebhookAlertOptions>
{
    internal const int MinimumSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, WebhookAlertOptions options)
    {
        var problems = new List<string>();
        if (options.Url is not { IsAbsoluteUri: true } url ||
            !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            problems.Add($"{nameof(WebhookAlertOptions)}.{nameof(options.Url)}: phải là địa chỉ https tuyệt đối (http chỉ với máy này). / must be an absolute https address (http only on loopback).");
        }

        if (options.Secret is { Length: < MinimumSecretLength })
        {
            problems.Add($"{nameof(WebhookAlertOptions)}.{nameof(options.Secret)}: phải có ít nhất {MinimumSecretLength} ký tự. / must be at least {MinimumSecretLength} characters.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(1))
        {
            problems.Add($"{nameof(WebhookAlertOptions)}.{nameof(options.Timeout)}: phải lớn hơn 0 và không quá 1 phút. / must be above zero and at most 1 minute.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
