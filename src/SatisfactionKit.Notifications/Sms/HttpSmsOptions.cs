namespace SatisfactionKit.Notifications.Sms;

/// <summary>
/// The SMS gateway invitations are posted to, set through <c>AddHttpSmsInvitations(o => …)</c> and
/// validated when the host starts. See <c>docs/channels.md</c> for the request the gateway receives.
/// </summary>
public sealed class HttpSmsOptions
{
    /// <summary>The gateway's address (https; http only on loopback). Required.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The key sent as <c>Authorization: Bearer …</c> (from the vendor's secret store). Required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The registered sender name (<i>brandname</i>) sent as <c>sender</c>; null to let the gateway choose.</summary>
    public string? SenderName { get; set; }

    /// <summary>How long one request may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
