using Microsoft.Extensions.Options;
using SatisfactionKit.Alerts;
using SatisfactionKit.Notifications.Mail;

namespace SatisfactionKit.Notifications.Alerts;

/// <summary>Mails each alert (its bilingual sentence) to every recipient, through the configured SMTP server.</summary>
internal sealed class MailAlertSink(SmtpMailer mailer, IOptionsMonitor<MailAlertOptions> options) : IAlertSink
{
    public async ValueTask OnAlertAsync(SatisfactionAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var settings = options.CurrentValue;
        var subject = settings.Subject.Replace("{scope}", alert.ScopeKey, StringComparison.Ordinal);
        var text = $"{alert}\n\n{alert.RuleCode} · {alert.RaisedAt:yyyy-MM-dd HH:mm:ss} UTC · {alert.Id}";
        foreach (var recipient in settings.Recipients)
        {
            await mailer.SendAsync(recipient, subject, text, html: null, cancellationToken).ConfigureAwait(false);
        }
    }
}
