namespace SatisfactionKit.Alerts;

/// <summary>What an alert rule watches.</summary>
public enum AlertScope
{
    /// <summary>Each counter on its own.</summary>
    Counter = 0,

    /// <summary>Each unit, all its counters and channels together.</summary>
    Unit = 1,
}
