namespace SatisfactionKit.Alerts;

/// <summary>The real-time alert rules.</summary>
public sealed class AlertingOptions
{
    /// <summary>The rules watched; by default <see cref="AlertRule.Default"/>. Clear the list to turn alerts off.</summary>
    public IList<AlertRule> Rules { get; } = [AlertRule.Default];
}
