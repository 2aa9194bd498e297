using System.Diagnostics.Metrics;
using SatisfactionKit.Diagnostics;

namespace SatisfactionKit.CounterAgent.Outbox;

/// <summary>The outbox's instruments on Core's <c>SatisfactionKit</c> meter.</summary>
internal sealed class OutboxMetrics
{
    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _deliveryFailures;
    private readonly Counter<long> _centralReadFailures;

    public OutboxMetrics(SatisfactionKitMetrics metrics, RatingOutbox outbox, TimeProvider timeProvider)
    {
        var meter = metrics.Meter;
        _enqueued = meter.CreateCounter<long>("satisfactionkit.outbox.enqueued", "{rating}", "Ratings written to the counter's outbox and acknowledged");
        _delivered = meter.CreateCounter<long>("satisfactionkit.outbox.delivered", "{rating}", "Ratings delivered from the outbox to the central store, by whether the central store already had them");
        _refused = meter.CreateCounter<long>("satisfactionkit.outbox.refused", "{rating}", "Ratings the central store refused because their dossier was already rated elsewhere");
        _deliveryFailures = meter.CreateCounter<long>("satisfactionkit.outbox.delivery.failures", "{attempt}", "Failed delivery attempts to the central store, by error type");
        _centralReadFailures = meter.CreateCounter<long>("satisfactionkit.outbox.central_read.failures", "{read}", "Reads answered from the outbox alone because the central store did not answer");
        meter.CreateObservableGauge("satisfactionkit.outbox.pending", () => outbox.Database.Count().Pending, "{rating}", "Ratings in the outbox not yet delivered");
        meter.CreateObservableGauge(
            "satisfactionkit.outbox.oldest_pending.age",
            () => outbox.Database.Count().OldestSince is { } since ? Math.Max(0, (timeProvider.GetUtcNow() - since).TotalSeconds) : 0,
            "s",
            "Age of the oldest rating not yet delivered");
    }

    public void Enqueued() => _enqueued.Add(1);

    public void Delivered(bool wasDuplicate) => _delivered.Add(1, new KeyValuePair<string, object?>("duplicate", wasDuplicate));

    public void Refused() => _refused.Add(1);

    public void DeliveryFailed(Exception exception) => _deliveryFailures.Add(1, new KeyValuePair<string, object?>("error.type", exception.GetType().FullName));

    public void CentralReadFailed() => _centralReadFailures.Add(1);
}
