using System.Globalization;
using System.Text.RegularExpressions;

namespace SatisfactionKit.Devices.Transports;

/// <summary>
/// Reads the USB port path and interface number out of a Linux sysfs device path such as
/// <c>/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1.2/1-1.2:1.0/0003:1A86:E2E3.0004/hidraw/hidraw3</c>
/// (port <c>1-1.2</c>, configuration 1, interface 0), so that hidraw and evdev nodes can be bound by the
/// port they are plugged into and matched by a profile's interface number.
/// </summary>
internal static partial class UsbSysfsPath
{
    /// <summary>The port path and interface of the innermost USB interface on the path; nulls when there is none.</summary>
    public static (string? Port, int? Interface) Parse(string? sysfsPath)
    {
        if (string.IsNullOrEmpty(sysfsPath))
        {
            return (null, null);
        }

        string? port = null;
        int? usbInterface = null;
        foreach (var segment in sysfsPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (InterfaceSegment().Match(segment) is { Success: true } match)
            {
                port = match.Groups["port"].Value;
                usbInterface = int.Parse(match.Groups["interface"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (PortSegment().IsMatch(segment))
            {
                port = segment;
                usbInterface = null;
            }
        }

        return (port, usbInterface);
    }

    /// <summary>Where a <c>/sys/class/…/node</c> entry points (the device path), or the entry itself.</summary>
    public static string DeviceOf(string classEntry)
    {
        try
        {
            return new FileInfo(classEntry).LinkTarget ?? classEntry;
        }
        catch (IOException)
        {
            return classEntry;
        }
    }

    [GeneratedRegex(@"^(?<port>\d+-\d+(\.\d+)*):\d+\.(?<interface>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex InterfaceSegment();

    [GeneratedRegex(@"^\d+-\d+(\.\d+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PortSegment();
}
