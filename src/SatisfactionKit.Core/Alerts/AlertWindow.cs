namespace SatisfactionKit.Alerts;

/// <summary>
/// The ratings of one alert rule and one counter (or unit) inside the rule's sliding window, kept as
/// counts per slice of the window (a sixtieth of it, 15 s for the default 15 minutes) in a ring of
/// fixed size. Its memory does not depend on how many ratings arrive: a queue of every rating in the
/// window grows with the rating rate (at a pad host fed 50,000 presses/s, every press of a
/// 15-minute window stayed in memory). The price is the edge: a rating counts for at least the
/// window and at most one slice longer, never less, so a rule never misses an alert it would
/// have raised with exact edges. Not thread-safe: the caller locks.
/// </summary>
internal sealed class AlertWindow
{
    /// <summary>Slices per window: the edge's precision against the ring's size (61 slots of 32 bytes).</summary>
    internal const int SlicesPerWindow = 60;

    // The window touches at most its length in whole slices plus the slice its start falls in.
    private readonly Slot[] _slots = new Slot[SlicesPerWindow + 1];
    private TimeSpan _length;
    private long _sliceTicks;
    private DateTimeOffset _newest = DateTimeOffset.MinValue;
    private DateTimeOffset? _firedAt;

    /// <summary>The slots the ring holds, whatever the number of ratings (for the regression test of its size).</summary>
    internal int Capacity => _slots.Length;

    /// <summary>Counts one rating and returns the alert the rule raises now, if any.</summary>
    public SatisfactionAlert? Add(AlertRule rule, string key, DateTimeOffset at, bool satisfied)
    {
        if (rule.Window != _length)
        {
            // First rating, or the rule's window was changed through the options: start afresh.
            Array.Clear(_slots);
            _length = rule.Window;
            _sliceTicks = Math.Max(1, (rule.Window.Ticks + SlicesPerWindow - 1) / SlicesPerWindow);
            _newest = DateTimeOffset.MinValue;
        }

        // The window ends at the newest rating seen: a late one (a submission that waited on a
        // lock, the clock stepped back) is counted in its own slice but does not move the window back.
        if (at > _newest)
        {
            _newest = at;
        }

        var oldest = (_newest.UtcTicks - rule.Window.Ticks) / _sliceTicks;
        var slice = at.UtcTicks / _sliceTicks;
        if (slice < oldest)
        {
            return null;
        }

        // The slices from oldest to newest are fewer than the slots, so a slot that holds another
        // slice holds one that has left the window.
        ref var slot = ref _slots[slice % _slots.Length];
        if (slot.Slice != slice || slot.Ratings == 0)
        {
            slot = new Slot { Slice = slice, First = at };
        }

        slot.Ratings++;
        slot.Dissatisfied += satisfied ? 0 : 1;
        if (at < slot.First)
        {
            slot.First = at;
        }

        var ratings = 0;
        var dissatisfied = 0;
        var start = DateTimeOffset.MaxValue;
        foreach (var s in _slots)
        {
            if (s.Ratings > 0 && s.Slice >= oldest)
            {
                ratings += s.Ratings;
                dissatisfied += s.Dissatisfied;
                start = s.First < start ? s.First : start;
            }
        }

        var quiet = _firedAt is { } fired && at - fired < rule.Window;
        if (quiet || ratings < rule.MinimumRatings || dissatisfied < rule.DissatisfiedShare * ratings)
        {
            return null;
        }

        _firedAt = at;
        return new SatisfactionAlert(Guid.CreateVersion7(at), rule.Code, rule.Scope, key, start, at, ratings, dissatisfied);
    }

    /// <summary>The ratings of one slice of the window.</summary>
    private struct Slot
    {
        public long Slice;
        public int Ratings;
        public int Dissatisfied;
        public DateTimeOffset First;
    }
}
