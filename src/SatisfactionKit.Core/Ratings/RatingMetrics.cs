using System.Diagnostics.Metrics;
using SatisfactionKit.Diagnostics;

namespace SatisfactionKit.Ratings;

/// <summary>Rating counts, by channel, on Core's <c>SatisfactionKit</c> meter.</summary>
internal sealed class RatingMetrics
{
    private readonly Counter<long> _stored;
    private readonly Counter<long> _refused;

    public RatingMetrics(SatisfactionKitMetrics metrics)
    {
        var meter = metrics.Meter;
        _stored = meter.CreateCounter<long>("satisfactionkit.ratings.stored", "{rating}", "Ratings stored");
        _refused = meter.CreateCounter<long>("satisfactionkit.ratings.refused", "{rating}", "Ratings refused by validation");
    }

    public void Stored(RatingChannel channel) => _stored.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString()));

    public void Refused(RatingChannel channel) => _refused.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString()));
}
