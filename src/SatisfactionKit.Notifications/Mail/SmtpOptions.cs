namespace SatisfactionKit.Notifications.Mail;

/// <summary>
/// The mail server invitations are sent through, set through <c>AddMailInvitations(o => …)</c> and
/// validated when the host starts.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The mail server's host name. Required.</summary>
    public string? Host { get; set; }

    /// <summary>The port. Default 587 (submission with STARTTLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is protected. Default <see cref="SmtpSecurity.StartTls"/>.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The account to sign in with; null to send without signing in.</summary>
    public string? UserName { get; set; }

    /// <summary>The account's password (from the vendor's secret store).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>khong-tra-loi@example.gov.vn</c>. Required.</summary>
    public string? From { get; set; }

    /// <summary>The sender's display name. Default <c>Bộ phận Một cửa</c>.</summary>
    public string FromName { get; set; } = "Bộ phận Một cửa";

    /// <summary>How long one connection, command or send may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
