using System.Security.Claims;

namespace SatisfactionKit.Server.Hubs;

/// <summary>The claims a counter device's principal carries (scheme <see cref="SatisfactionKitPolicies.DeviceScheme"/>).</summary>
public static class CounterClaims
{
    /// <summary>The unit the device's counter belongs to.</summary>
    public const string Unit = "satisfactionkit:unit";

    /// <summary>The counter the device serves.</summary>
    public const string Counter = "satisfactionkit:counter";

    /// <summary>The device itself, when known.</summary>
    public const string Device = "satisfactionkit:device";

    /// <summary>The device's counter, or <see langword="null"/> when <paramref name="user"/> is not a counter device.</summary>
    public static CounterIdentity? Find(ClaimsPrincipal? user)
    {
        var identity = user?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == SatisfactionKitPolicies.DeviceScheme);
        var unit = identity?.FindFirst(Unit)?.Value;
        var counter = identity?.FindFirst(Counter)?.Value;
        return unit is null || counter is null ? null : new CounterIdentity(unit, counter, identity!.FindFirst(Device)?.Value);
    }

    /// <summary>The principal of a device serving <paramref name="counter"/>.</summary>
    public static ClaimsPrincipal ToPrincipal(CounterIdentity counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var claims = new List<Claim> { new(Unit, counter.UnitCode), new(Counter, counter.CounterId), new(ClaimTypes.Name, counter.DeviceId ?? counter.CounterId) };
        if (counter.DeviceId is not null)
        {
            claims.Add(new Claim(Device, counter.DeviceId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SatisfactionKitPolicies.DeviceScheme));
    }

    /// <summary>Whether <paramref name="user"/> is signed in by something other than a counter device (an officer, an official).</summary>
    public static bool IsPerson(ClaimsPrincipal? user) =>
        user?.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType != SatisfactionKitPolicies.DeviceScheme) == true;
}
