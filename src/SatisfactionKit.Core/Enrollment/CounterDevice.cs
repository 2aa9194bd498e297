namespace SatisfactionKit.Enrollment;

/// <summary>
/// A counter device (a counter agent or a tablet facing the citizen) enrolled for one counter of one unit. Its
/// enrollment code and credential are never kept, only their hashes (<see cref="CounterDeviceSecrets"/>).
/// </summary>
/// <param name="DeviceId">The device's id, chosen by the server when it is enrolled.</param>
/// <param name="UnitCode">The unit (agency) the counter belongs to.</param>
/// <param name="CounterId">The counter it serves (unique across units).</param>
/// <param name="DisplayName">A name for the device list (such as "Quầy 1 – máy tính bảng").</param>
public sealed record CounterDevice(string DeviceId, string UnitCode, string CounterId, string DisplayName)
{
    /// <summary>When the administrator enrolled it (and its enrollment code was issued).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Until when its one-time enrollment code may be redeemed.</summary>
    public DateTimeOffset EnrollmentExpiresAt { get; init; }

    /// <summary>When the device redeemed its code and received its credential; <see langword="null"/> before.</summary>
    public DateTimeOffset? EnrolledAt { get; init; }

    /// <summary>When it was revoked; <see langword="null"/> while it is not.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>When the server last heard from it (updated at most once per interval, not on every request).</summary>
    public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>What the device last said of its pad (<c>connected</c>, <c>disconnected</c>, …); <see langword="null"/> when it never said.</summary>
    public string? PadState { get; init; }

    /// <summary>Whether its credential is accepted: redeemed and not revoked.</summary>
    public bool IsActive => EnrolledAt is not null && RevokedAt is null;
}
