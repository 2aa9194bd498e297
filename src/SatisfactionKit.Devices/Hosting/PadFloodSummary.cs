namespace SatisfactionKit.Devices.Hosting;

/// <summary>What one pad's throttle dropped or did not log in one window.</summary>
internal sealed record PadFloodSummary(TimeSpan Window, int DroppedStrays, int Rejected, int UnloggedRejected, int Ignored);
