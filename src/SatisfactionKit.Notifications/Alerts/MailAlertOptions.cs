namespace SatisfactionKit.Notifications.Alerts;

/// <summary>Who receives alerts by e-mail, set through <c>AddMailAlerts(o => …)</c>; the mail server is <c>SmtpOptions</c>.</summary>
public sealed class MailAlertOptions
{
    /// <summary>The addresses (a supervisor, a unit's head). At least one.</summary>
    public IList<string> Recipients { get; } = [];

    /// <summary>The subject, with <c>{scope}</c> (the counter or unit) replaced.</summary>
    public string Subject { get; set; } = "[Cảnh báo hài lòng] {scope}";
}
