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
    /// The window over which a pad's stray presses and rejected inputs are limited and summarised;
    /// default one minute. A stuck or looping pad writes one summary line per window, not one per input.
    /// </summary>
    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many presses per <see cref="FloodWindow"/> a pad may send while its counter has no open prompt
    /// (stray presses, each stored by Core); the rest are dropped and counted. Default 5. A press while a
    /// prompt is open always goes through.
    /// </summary>
    public int MaxStrayPressesPerWindow { get; set; } = 5;

    /// <summary>How many rejected inputs per <see cref="FloodWindow"/> are logged one by one per pad; the rest are counted in the summary. Default 5.</summary>
    public int MaxLoggedInputsPerWindow { get; set; } = 5;

    /// <summary>The configuration keys profile files were read from, for start-up messages.</summary>
    internal IDictionary<string, string> ProfileFileKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

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

    /// <summary>Binds the pad plugged into this USB port (<c>1-1.2</c>, as sysfs and <c>lsusb -t</c> name it) to a counter; it stays bound across reboots while it stays in that port.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="portPath">The USB port path.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadOptions BindPort(string counterId, string portPath, string? profileName = null) =>
        BindCounter(counterId, d => string.Equals(d.PortPath, portPath, StringComparison.Ordinal), profileName);

    /// <summary>Binds the pad a stable udev link points at (<c>/dev/input/by-id/…</c>, <c>/dev/serial/by-path/…</c>) to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="link">The link.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadOptions BindLink(string counterId, string link, string? profileName = null) =>
        BindCounter(counterId, d => Transports.DeviceLinks.Names(link, d.Path), profileName);

    /// <summary>Binds the pad whose device name (HID_NAME, EVIOCGNAME, the USB product string) is this to a counter.</summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="name">The device name.</param>
    /// <param name="profileName">The profile to use, or null to choose by vendor/product id.</param>
    public RatingPadOptions BindName(string counterId, string name, string? profileName = null) =>
        BindCounter(counterId, d => string.Equals(d.Name, name, StringComparison.Ordinal), profileName);

    /// <summary>
    /// Binds the only pad present to a counter (one-counter machines): the only device a profile matches
    /// (by vendor/product id, or the named profile), whatever else the transports list (root hubs, the
    /// second input node of a keyboard pad, a mouse).
    /// </summary>
    /// <param name="counterId">The counter.</param>
    /// <param name="profileName">The profile the pad must match, or null for any profile with vendor/product ids.</param>
    public RatingPadOptions BindOnlyPad(string counterId, string? profileName = null)
    {
        Bindings.Add(new CounterBinding(counterId, null, profileName));
        return this;
    }
}
