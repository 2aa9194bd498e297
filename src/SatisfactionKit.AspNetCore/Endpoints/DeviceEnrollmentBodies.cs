namespace SatisfactionKit.Server.Endpoints;

/// <summary>An administrator enrolls a counter device (an agent or a tablet) for one counter of one unit.</summary>
/// <param name="UnitCode">The unit the counter belongs to (one of the administrator's units).</param>
/// <param name="CounterId">The counter the device will serve.</param>
/// <param name="DisplayName">A name for the device list; the counter id when omitted.</param>
public sealed record EnrollDeviceBody(string? UnitCode, string? CounterId, string? DisplayName = null);

/// <summary>The answer to an enrollment: the one-time code to type or paste into the device, shown once.</summary>
/// <param name="DeviceId">The new device's id (to revoke it).</param>
/// <param name="UnitCode">Its unit.</param>
/// <param name="CounterId">Its counter.</param>
/// <param name="DisplayName">Its name in the device list.</param>
/// <param name="EnrollmentCode">The one-time code (20 characters in groups of five); only its hash is kept.</param>
/// <param name="ExpiresAt">Until when the code may be redeemed.</param>
public sealed record DeviceEnrollmentCode(string DeviceId, string UnitCode, string CounterId, string DisplayName, string EnrollmentCode, DateTimeOffset ExpiresAt);

/// <summary>A device redeems its enrollment code.</summary>
/// <param name="EnrollmentCode">The code the administrator was given; case, spaces and dashes do not matter.</param>
public sealed record RedeemEnrollmentBody(string? EnrollmentCode);

/// <summary>What a device receives once, in exchange for its enrollment code.</summary>
/// <param name="DeviceId">The device's id.</param>
/// <param name="UnitCode">The unit it serves.</param>
/// <param name="CounterId">The counter it serves.</param>
/// <param name="Credential">
/// Its credential (<c>skd1_…</c>), to send as <c>Authorization: Bearer …</c> (or <c>access_token</c> on the hub's URL);
/// shown only now, only its hash is kept.
/// </param>
/// <param name="HubPath">Where the counter hub is.</param>
public sealed record DeviceCredential(string DeviceId, string UnitCode, string CounterId, string Credential, string HubPath);
