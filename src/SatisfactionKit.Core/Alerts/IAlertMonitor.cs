namespace SatisfactionKit.Alerts;

/// <summary>Watches stored ratings against the alert rules, and keeps the alerts raised until acknowledged.</summary>
public interface IAlertMonitor
{
    /// <summary>Alerts raised and not yet acknowledged, oldest first.</summary>
    IReadOnlyList<SatisfactionAlert> OpenAlerts { get; }

    /// <summary>Acknowledges an alert; <see langword="false"/> when no open alert has that id.</summary>
    bool Acknowledge(Guid alertId, string acknowledgedBy);
}
