using System.Globalization;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.Hidraw;

/// <summary>
/// Linux hidraw pads: lists <c>/sys/class/hidraw/*</c> (vendor, product, name and serial from
/// <c>device/uevent</c>; USB port path and interface number from the sysfs device path) and opens <c>/dev/hidrawN</c>.
/// </summary>
public sealed class HidrawTransport : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "hidraw";

    private readonly string _sysClassDirectory;
    private readonly string _devDirectory;

    /// <summary>Creates the transport over the system's sysfs and /dev.</summary>
    public HidrawTransport()
        : this("/sys/class/hidraw", "/dev")
    {
    }

    internal HidrawTransport(string sysClassDirectory, string devDirectory)
    {
        _sysClassDirectory = sysClassDirectory;
        _devDirectory = devDirectory;
    }

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken)
    {
        var devices = new List<PadDeviceInfo>();
        if (!OperatingSystem.IsLinux() || !Directory.Exists(_sysClassDirectory))
        {
            return ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>(devices);
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(_sysClassDirectory).Order(StringComparer.Ordinal))
        {
            var node = Path.GetFileName(entry);
            var uevent = Path.Combine(entry, "device", "uevent");
            string text;
            try
            {
                text = File.ReadAllText(uevent);
            }
            catch (IOException)
            {
                continue; // Unplugged while listing.
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (ParseUevent(text, Path.Combine(_devDirectory, node)) is { } device)
            {
                var (port, usbInterface) = UsbSysfsPath.Parse(UsbSysfsPath.DeviceOf(entry));
                devices.Add(device with { PortPath = port, Interface = usbInterface });
            }
        }

        return ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>(devices);
    }

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(profile);
        return ValueTask.FromResult<IPadConnection>(HidrawConnection.Open(device.Path, profile.InputReportLength));
    }

    /// <summary>Reads a hidraw parent's uevent (<c>HID_ID=0003:00001209:00005A04</c>, <c>HID_NAME</c>, <c>HID_UNIQ</c>).</summary>
    internal static PadDeviceInfo? ParseUevent(string uevent, string devicePath)
    {
        string? id = null, name = null, uniq = null;
        foreach (var line in uevent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                continue;
            }

            var value = line[(eq + 1)..];
            switch (line[..eq])
            {
                case "HID_ID": id = value; break;
                case "HID_NAME": name = value; break;
                case "HID_UNIQ": uniq = value; break;
            }
        }

        var parts = id?.Split(':');
        if (parts is not { Length: 3 }
            || !int.TryParse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var vendor)
            || !int.TryParse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var product))
        {
            return null;
        }

        return new PadDeviceInfo(TransportName, devicePath, vendor & 0xFFFF, product & 0xFFFF)
        {
            Name = name,
            SerialNumber = string.IsNullOrEmpty(uniq) ? null : uniq,
        };
    }
}
