using System.Collections.Concurrent;

namespace SatisfactionKit.Alerts;

/// <summary>
/// The alert monitor's fallback when no <see cref="IAlertStore"/> is registered (a host with pads only and
/// no EF Core stores): alerts in this process's memory, lost on restart and not shared between nodes.
/// </summary>
internal sealed class MemoryAlertStore : IAlertStore
{
    private readonly ConcurrentDictionary<Guid, SatisfactionAlert> _alerts = new();

    public ValueTask AddAsync(SatisfactionAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        _alerts[alert.Id] = alert;
        return ValueTask.CompletedTask;
    }

    public ValueTask<SatisfactionAlert?> FindAsync(Guid alertId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_alerts.TryGetValue(alertId, out var alert) ? alert : null);

    public ValueTask<IReadOnlyList<SatisfactionAlert>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<SatisfactionAlert>>([.. _alerts.Values.Where(a => a.AcknowledgedAt is null).OrderBy(a => a.RaisedAt)]);

    public ValueTask<bool> AcknowledgeAsync(Guid alertId, string acknowledgedBy, string? comment, DateTimeOffset acknowledgedAt, CancellationToken cancellationToken = default)
    {
        while (_alerts.TryGetValue(alertId, out var alert) && alert.AcknowledgedAt is null)
        {
            if (_alerts.TryUpdate(alertId, alert with { AcknowledgedAt = acknowledgedAt, AcknowledgedBy = acknowledgedBy, AcknowledgementComment = comment }, alert))
            {
                return ValueTask.FromResult(true);
            }
        }

        return ValueTask.FromResult(false);
    }
}
