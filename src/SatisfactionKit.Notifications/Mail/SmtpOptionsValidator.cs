using Microsoft.Extensions.Options;
using MimeKit;

namespace SatisfactionKit.Notifications.Mail;

/// <summary>Checks <see cref="SmtpOptions"/> when the host starts.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var problems = new List<string>();
        void Problem(string option, string vietnamese, string english) =>
            problems.Add($"{nameof(SmtpOptions)}.{option}: {vietnamese} / {english}");

        if (string.IsNullOrWhiteSpace(options.Host))
        {
            Problem(nameof(options.Host), "chưa có máy chủ thư.", "the mail server is missing.");
        }

        if (options.Port is < 1 or > 65535)
        {
            Problem(nameof(options.Port), "phải từ 1 đến 65535.", "must be 1 to 65535.");
        }

        if (!Enum.IsDefined(options.Security))
        {
            Problem(nameof(options.Security), "không hợp lệ.", "is not a known value.");
        }

        if (options.From is null || !MailboxAddress.TryParse(options.From, out _))
        {
            Problem(nameof(options.From), "phải là một địa chỉ thư.", "must be an e-mail address.");
        }

        if (options.UserName is not null && options.Password is null)
        {
            Problem(nameof(options.Password), "cần khi có tên đăng nhập.", "is needed with a user name.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            Problem(nameof(options.Timeout), "phải lớn hơn 0 và không quá 10 phút.", "must be above zero and at most 10 minutes.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
