using System.Text.Json.Serialization;
using SatisfactionKit.Devices;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// Describes one pad model: which devices it matches and how their input becomes presses and
/// prompt states become outputs. Profiles are data, so a new pad model needs no code.
/// </summary>
public sealed class PadProfile
{
    /// <summary>A unique name, used in logs and bindings.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>How the pad delivers its input.</summary>
    public PadKind Kind { get; set; } = PadKind.Hid;

    /// <summary>
    /// The transport the profile is for (<c>hidraw</c>, <c>libusb</c>, <c>windows-hid</c>, <c>evdev</c>…); null matches any.
    /// Set it when one pad is reachable through two transports (a HID pad through hidraw and libusb) so that it is bound once.
    /// </summary>
    public string? Transport { get; set; }

    /// <summary>The USB vendor id the profile matches; null matches any (serial and keyboard pads). In JSON a number is decimal, a string hex (<c>"0x1a86"</c>, <c>"1a86"</c>).</summary>
    [JsonConverter(typeof(UsbIdJsonConverter))]
    public int? VendorId { get; set; }

    /// <summary>The USB product id the profile matches; null matches any. In JSON a number is decimal, a string hex.</summary>
    [JsonConverter(typeof(UsbIdJsonConverter))]
    public int? ProductId { get; set; }

    /// <summary>The HID usage page the profile matches, when known to the transport; null matches any.</summary>
    [JsonConverter(typeof(UsbIdJsonConverter))]
    public int? UsagePage { get; set; }

    /// <summary>The USB interface number the profile matches; null matches any.</summary>
    public int? Interface { get; set; }

    /// <summary>The serial number the profile matches; null matches any.</summary>
    public string? SerialNumber { get; set; }

    /// <summary>The input report id (first byte) of HID reports, or null when the pad uses no report ids.</summary>
    public int? InputReportId { get; set; }

    /// <summary>The exact length of one input report in bytes, report id included.</summary>
    public int InputReportLength { get; set; } = 2;

    /// <summary>The byte offset of the button byte, report id included.</summary>
    public int ButtonOffset { get; set; } = 1;

    /// <summary>How the button byte encodes the pressed button.</summary>
    public ButtonEncoding Encoding { get; set; } = ButtonEncoding.Bitmap;

    /// <summary>For serial pads: a regular expression with a group named <c>button</c> matched against each line, e.g. <c>^BTN:(?&lt;button&gt;\d+)$</c>.</summary>
    public string? LinePattern { get; set; }

    /// <summary>For serial pads: line settings, terminator and the lines to ignore (heartbeats).</summary>
    public SerialFraming Serial { get; set; } = new();

    /// <summary>The buttons and what they mean.</summary>
    public IList<PadButton> Buttons { get; init; } = [];

    /// <summary>Output report templates per prompt state.</summary>
    public PadOutputs Outputs { get; set; } = new();

    /// <summary>Whether this profile describes the given device.</summary>
    /// <param name="device">The device a transport found.</param>
    public bool Matches(PadDeviceInfo device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return (Transport is null || string.Equals(Transport, device.Transport, StringComparison.Ordinal))
            && (VendorId is null || VendorId == device.VendorId)
            && (ProductId is null || ProductId == device.ProductId)
            && (UsagePage is null || device.UsagePage is null || UsagePage == device.UsagePage)
            && (Interface is null || device.Interface is null || Interface == device.Interface)
            && (SerialNumber is null || string.Equals(SerialNumber, device.SerialNumber, StringComparison.Ordinal));
    }
}
