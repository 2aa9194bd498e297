namespace SatisfactionKit.Alerts;

/// <summary>
/// Watches stored ratings against the alert rules; the alerts raised are kept in the <see cref="IAlertStore"/>
/// (the database, with <c>AddEntityFrameworkStores</c>) until acknowledged.
/// </summary>
public interface IAlertMonitor
{
    /// <summary>Alerts raised and not yet acknowledged, oldest first.</summary>
    ValueTask<IReadOnlyList<SatisfactionAlert>> GetOpenAlertsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Acknowledges an alert as <paramref name="acknowledgedBy"/> now, with an optional comment (what was done, at most
    /// <see cref="SatisfactionAlert.MaxCommentLength"/> characters); <see langword="false"/> when no open alert has that id.
    /// </summary>
    /// <exception cref="ArgumentException">No name, or a comment that is too long.</exception>
    ValueTask<bool> AcknowledgeAsync(Guid alertId, string acknowledgedBy, string? comment = null, CancellationToken cancellationToken = default);
}
