namespace SatisfactionKit.Notifications.Mail;

/// <summary>How the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS, required: the send fails if the server does not offer it. The default (port 587).</summary>
    StartTls = 0,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect = 1,

    /// <summary>No encryption: only for a relay on the same machine or a test server on loopback.</summary>
    None = 2,
}
