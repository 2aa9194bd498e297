namespace SatisfactionKit.Devices.Hosting;

/// <summary>
/// Limits what one pad can make the host do per window: stray presses beyond a limit are dropped before
/// they reach the prompt coordinator (which would store each as a row), rejected inputs beyond a limit
/// are not logged one by one. What was dropped or not logged is summarised once per window.
/// </summary>
internal sealed class PadInputThrottle(TimeProvider time, TimeSpan window, int maxStrays, int maxLogged)
{
    private readonly Lock _gate = new();
    private long _windowStart = time.GetTimestamp();
    private int _strays;
    private int _droppedStrays;
    private int _rejected;
    private int _unloggedRejected;
    private int _ignored;

    /// <summary>Counts a press made while no prompt is open; false when it is to be dropped.</summary>
    public bool AllowStray(out PadFloodSummary? summary)
    {
        lock (_gate)
        {
            summary = Roll(force: false);
            if (++_strays <= maxStrays)
            {
                return true;
            }

            _droppedStrays++;
            return false;
        }
    }

    /// <summary>Counts a rejected input; false when it is not to be logged on its own.</summary>
    public bool LogRejected(out PadFloodSummary? summary)
    {
        lock (_gate)
        {
            summary = Roll(force: false);
            if (++_rejected <= maxLogged)
            {
                return true;
            }

            _unloggedRejected++;
            return false;
        }
    }

    /// <summary>Counts an input the profile ignores (a heartbeat).</summary>
    public void Ignored()
    {
        lock (_gate)
        {
            _ignored++;
        }
    }

    /// <summary>The summary of the window just ended (or, with <paramref name="force"/>, of the one running), when anything was dropped or not logged.</summary>
    public PadFloodSummary? Flush(bool force = false)
    {
        lock (_gate)
        {
            return Roll(force);
        }
    }

    private PadFloodSummary? Roll(bool force)
    {
        var elapsed = time.GetElapsedTime(_windowStart);
        if (!force && elapsed < window)
        {
            return null;
        }

        PadFloodSummary? summary = _droppedStrays > 0 || _unloggedRejected > 0
            ? new(elapsed, _droppedStrays, _rejected, _unloggedRejected, _ignored)
            : null;
        _windowStart = time.GetTimestamp();
        _strays = _droppedStrays = _rejected = _unloggedRejected = _ignored = 0;
        return summary;
    }
}
