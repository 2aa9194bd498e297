namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// The row of a <see cref="SatisfactionKit.Enrollment.CounterDevice"/>: the hashes of its enrollment code and credential,
/// never the secrets. Redeemed only by a conditional update (see <c>ICounterDeviceStore.RedeemAsync</c>).
/// </summary>
internal sealed class CounterDeviceEntity
{
    public string DeviceId { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string CounterId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public byte[] EnrollmentCodeHash { get; set; } = [];

    public DateTime EnrollmentExpiresAt { get; set; }

    public byte[]? CredentialHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EnrolledAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastSeenAt { get; set; }

    public string? PadState { get; set; }
}
