namespace SatisfactionKit.Notifications.Alerts;

/// <summary>The web hook alerts are posted to, set through <c>AddWebhookAlerts(o => …)</c> and validated when the host starts.</summary>
public sealed class WebhookAlertOptions
{
    /// <summary>The address (https; http only on loopback). Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>
    /// A shared secret (at least 16 characters) to sign each body with: header <c>X-SatisfactionKit-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</c>.
    /// Null sends no signature.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// How long one post may take. Default 5 seconds: the post happens as the rating that raised the alert is
    /// stored, so a slow receiver delays that one rating's answer.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
