namespace SatisfactionKit.Enrollment;

/// <summary>
/// Where enrolled counter devices are kept: their unit and counter, the hashes of their enrollment code and
/// credential, and when they were enrolled, revoked and last seen. Implemented by <c>SatisfactionKit.EfCore</c>
/// (table <c>SK_CounterDevices</c>); vendors may supply their own.
/// </summary>
/// <remarks>Resolved by singletons: an implementation must be safe to share across threads.</remarks>
public interface ICounterDeviceStore
{
    /// <summary>Adds a device that has not redeemed its code yet, with the hash of its enrollment code.</summary>
    ValueTask AddAsync(CounterDevice device, byte[] enrollmentCodeHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Redeems an enrollment code <b>atomically</b>: of the device whose code hash is <paramref name="enrollmentCodeHash"/>,
    /// not yet enrolled, not revoked and not expired at <paramref name="now"/>, sets the credential hash and the enrollment
    /// time. Two simultaneous redemptions of one code must never both succeed: decide it in the database (a conditional
    /// update), not by reading and then writing. A code that does not redeem says why.
    /// </summary>
    ValueTask<CounterDeviceRedemption> RedeemAsync(byte[] enrollmentCodeHash, byte[] credentialHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// The device whose credential hash is <paramref name="credentialHash"/> (compared in constant time once found),
    /// revoked or not; <see langword="null"/> when none.
    /// </summary>
    ValueTask<CounterDevice?> FindByCredentialAsync(byte[] credentialHash, CancellationToken cancellationToken = default);

    /// <summary>The device <paramref name="deviceId"/>, or <see langword="null"/>.</summary>
    ValueTask<CounterDevice?> FindAsync(string deviceId, CancellationToken cancellationToken = default);

    /// <summary>The devices of <paramref name="unitCode"/> (every unit's when <see langword="null"/>), revoked ones included, by counter.</summary>
    ValueTask<IReadOnlyList<CounterDevice>> ListAsync(string? unitCode, CancellationToken cancellationToken = default);

    /// <summary>Revokes <paramref name="deviceId"/> at <paramref name="now"/>; <see langword="false"/> when unknown or revoked already.</summary>
    ValueTask<bool> RevokeAsync(string deviceId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records that the device was seen at <paramref name="seenAt"/> and, unless <see langword="null"/>, its pad's state.</summary>
    ValueTask TouchAsync(string deviceId, DateTimeOffset seenAt, string? padState, CancellationToken cancellationToken = default);
}
