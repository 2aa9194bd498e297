namespace SatisfactionKit.Devices.Hosting;

/// <summary>Binds the pads a predicate accepts to one counter.</summary>
/// <param name="CounterId">The counter the pad serves.</param>
/// <param name="Match">Which pad; null binds the only pad present.</param>
/// <param name="ProfileName">The profile to use for the pad; null chooses by vendor/product id.</param>
public sealed record CounterBinding(string CounterId, Func<PadDeviceInfo, bool>? Match, string? ProfileName = null);
