using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>Options of the pad host: profiles, counter bindings, scanning.</summary>
public sealed class RatingPadOptions
{
    /// <summary>Profiles given in code; tried before the built-in ones.</summary>
    public IList<PadProfile> Profiles { get; } = [];

    /// <summary>JSON files of profiles read at start-up (see <see cref="PadProfileJson"/>).</summary>
    public IList<string> ProfileFiles { get; } = [];

    /// <summary>Whether the built-in profiles are used after the configured ones.</summary>
    public bool UseBuiltInProfiles { get; set; } = true;

    /// <summary>Counter bindings, first match wins.</summary>
    public IList<CounterBinding> Bindings { get; } = [];

    /// <summary>How often transports are scanned for new or returning pads; keep it well under a second so a re-plugged pad is back within one.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Problems found while wiring that are reported when the options are validated at start: a
    /// transport this OS lacks, a configuration entry that cannot be understood. Each returns null when all is well.
    /// </summary>
    internal IList<Func<string?>> StartChecks { get; } = [];

    /// <summary>Binds the pads a predicate accepts to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="match">Which pad.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadOptions BindCounter(string counterId, Func<PadDeviceInfo, bool> match, string? profileName = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        Bindings.Add(new CounterBinding(counterId, match, profileName));
        return this;
    }

    /// <summary>Binds the pad with this serial number to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="serialNumber">The pad's serial number.</param>
    public RatingPadOptions BindSerialNumber(string counterId, string serialNumber) =>
        BindCounter(counterId, d => string.Equals(d.SerialNumber, serialNumber, StringComparison.Ordinal));

    /// <summary>Binds the pad at this path (hidraw node, USB port path, serial port) to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="path">The device path.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadOptions BindPath(string counterId, string path, string? profileName = null) =>
        BindCounter(counterId, d => string.Equals(d.Path, path, StringComparison.Ordinal), profileName);

    /// <summary>Binds the only pad present to a counter (one-counter machines).</summary>
    /// <param name="counterId">The counter.</param>
    public RatingPadOptions BindOnlyPad(string counterId)
    {
        Bindings.Add(new CounterBinding(counterId, null));
        return this;
    }
}
