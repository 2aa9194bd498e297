namespace SatisfactionKit.Devices;

/// <summary>A pad a transport found, as far as the transport can tell.</summary>
/// <param name="Transport">The name of the transport that found it.</param>
/// <param name="Path">The transport's path of the device (hidraw node, USB port path, serial port, simulated id); unique per transport.</param>
/// <param name="VendorId">The USB vendor id, or 0 when unknown.</param>
/// <param name="ProductId">The USB product id, or 0 when unknown.</param>
public sealed record PadDeviceInfo(string Transport, string Path, int VendorId, int ProductId)
{
    /// <summary>The serial number, when the device reports one.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>The product name, when the device reports one.</summary>
    public string? Name { get; init; }

    /// <summary>The HID usage page, when known.</summary>
    public int? UsagePage { get; init; }

    /// <summary>The USB interface number, when known (hidraw and evdev read it from sysfs, libusb from the descriptors).</summary>
    public int? Interface { get; init; }

    /// <summary>
    /// The USB port path the device is plugged into, as Linux sysfs names it (<c>1-1.2</c>: bus 1, port 1,
    /// then port 2 of the hub there), when known; stable across reboots while the pad stays in that port.
    /// </summary>
    public string? PortPath { get; init; }

    /// <summary>A stable id for logs and ratings: transport and path.</summary>
    public string DeviceId => $"{Transport}:{Path}";
}
