using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>
/// Decides which counter and profile a device found by a transport gets. A binding with a match takes
/// the devices it accepts; a binding without one ("the only pad") takes a device when it is the only one
/// present that a profile matches and no other binding takes, so root hubs, a mouse or the second input
/// node of a keyboard pad do not count.
/// </summary>
internal static class PadMatcher
{
    /// <summary>The binding and profile for <paramref name="device"/>, or why it has none.</summary>
    public static (CounterBinding? Binding, PadProfile? Profile, string? Reason) Decide(
        PadDeviceInfo device, IReadOnlyList<PadDeviceInfo> present, RatingPadOptions options, IReadOnlyList<PadProfile> profiles)
    {
        var bound = options.Bindings.FirstOrDefault(b => b.Match?.Invoke(device) == true);
        if (bound is not null)
        {
            var profile = ProfileFor(bound.ProfileName, device, profiles, requireMatch: false);
            return profile is null
                ? (bound, null, bound.ProfileName is { } name ? $"its binding names profile '{name}', which does not exist" : "no pad profile matches it")
                : (bound, profile, null);
        }

        string? reason = null;
        foreach (var onlyPad in options.Bindings.Where(b => b.Match is null))
        {
            var profile = ProfileFor(onlyPad.ProfileName, device, profiles, requireMatch: true);
            if (profile is null)
            {
                reason ??= "no pad profile matches it";
                continue;
            }

            var candidates = present.Count(d => !options.Bindings.Any(b => b.Match?.Invoke(d) == true)
                && ProfileFor(onlyPad.ProfileName, d, profiles, requireMatch: true) is not null);
            if (candidates == 1)
            {
                return (onlyPad, profile, null);
            }

            reason = $"{candidates} devices match a pad profile, so none is the only pad of counter {onlyPad.CounterId}";
        }

        return (null, null, reason ?? "no counter binding matches it");
    }

    /// <summary>The named profile, or else the first profile with vendor/product ids that matches the device.</summary>
    private static PadProfile? ProfileFor(string? name, PadDeviceInfo device, IReadOnlyList<PadProfile> profiles, bool requireMatch) =>
        name is not null
            ? profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal) && (!requireMatch || p.Matches(device)))
            : profiles.FirstOrDefault(p => p.VendorId is not null && p.Matches(device));
}
