namespace SatisfactionKit.Enrollment;

/// <summary>What became of an attempt to redeem an enrollment code (<see cref="ICounterDeviceStore.RedeemAsync"/>).</summary>
/// <param name="Outcome">Redeemed, or why not.</param>
/// <param name="Device">The device the code belongs to, when the code is known.</param>
public sealed record CounterDeviceRedemption(RedemptionOutcome Outcome, CounterDevice? Device);

/// <summary>The outcome of redeeming an enrollment code.</summary>
public enum RedemptionOutcome
{
    /// <summary>The code was valid and unused: the credential is now the device's.</summary>
    Redeemed,

    /// <summary>No device has this code.</summary>
    Unknown,

    /// <summary>The code was redeemed before (a code works once).</summary>
    AlreadyUsed,

    /// <summary>The code's time ran out before it was redeemed.</summary>
    Expired,

    /// <summary>The device was revoked before it redeemed its code.</summary>
    Revoked,
}
