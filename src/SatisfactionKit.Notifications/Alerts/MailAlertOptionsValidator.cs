using Microsoft.Extensions.Options;
using MimeKit;

namespace SatisfactionKit.Notifications.Alerts;

/// <summary>Checks <see cref="MailAlertOptions"/> when the host starts.</summary>
internal sealed class MailAlertOptionsValidator : IValidateOptions<MailAlertOptions>
{
    public ValidateOptionsResult Validate(string? name, MailAlertOptions options)
    {
        var problems = new List<string>();
        if (options.Recipients.Count == 0)
        {
            problems.Add($"{nameof(MailAlertOptions)}.{nameof(options.Recipients)}: cần ít nhất một người nhận. / at least one recipient is needed.");
        }

        foreach (var recipient in options.Recipients.Where(r => !MailboxAddress.TryParse(r, out _)))
        {
            problems.Add($"{nameof(MailAlertOptions)}.{nameof(options.Recipients)}: '{recipient}' không phải địa chỉ thư. / is not an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(options.Subject))
        {
            problems.Add($"{nameof(MailAlertOptions)}.{nameof(options.Subject)}: không được để trống. / must not be empty.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
