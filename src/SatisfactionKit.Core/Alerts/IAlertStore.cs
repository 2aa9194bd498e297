namespace SatisfactionKit.Alerts;

/// <summary>
/// Where alerts are kept until someone acknowledges them, so that every node of a central server sees the
/// same alerts and a restart loses none. <c>AddEntityFrameworkStores&lt;TContext&gt;()</c> registers the EF Core
/// implementation (table <c>SK_Alerts</c>). Without one, the alert monitor keeps alerts in its own process's memory.
/// </summary>
public interface IAlertStore
{
    /// <summary>Stores a newly raised alert.</summary>
    ValueTask AddAsync(SatisfactionAlert alert, CancellationToken cancellationToken = default);

    /// <summary>The alert with <paramref name="alertId"/>, acknowledged or not; null when there is none.</summary>
    ValueTask<SatisfactionAlert?> FindAsync(Guid alertId, CancellationToken cancellationToken = default);

    /// <summary>Alerts not yet acknowledged, oldest first.</summary>
    ValueTask<IReadOnlyList<SatisfactionAlert>> ListOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks an open alert acknowledged, in one conditional write: of two people acknowledging at once,
    /// one succeeds. <see langword="false"/> when there is no such alert or it was already acknowledged.
    /// </summary>
    ValueTask<bool> AcknowledgeAsync(Guid alertId, string acknowledgedBy, string? comment, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken = default);
}
