namespace SatisfactionKit.SampleHost.Pads;

/// <summary>
/// The <c>SampleHost:Pads</c> section: real USB/serial rating pads instead of (or beside) the on-screen pad.
/// Off by default, so that the sample runs on any machine.
/// </summary>
public sealed class PadSettings
{
    /// <summary>Whether the pad host runs.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The transports scanned: <c>hidraw</c> (Linux HID pads), <c>libusb</c> (vendor-class pads, any OS with
    /// libusb-1.0), <c>evdev</c> (Linux keyboard-emulating pads, grabbed), <c>windows-hid</c>, <c>serial</c>.
    /// </summary>
    public List<string> Transports { get; set; } = ["hidraw"];

    /// <summary>The serial ports the <c>serial</c> transport opens, for example <c>/dev/ttyUSB0</c> or <c>COM3</c>.</summary>
    public List<string> SerialPorts { get; set; } = [];

    /// <summary>The serial ports' speed.</summary>
    public int SerialBaudRate { get; set; } = 9600;

    /// <summary>The input device names (as the kernel reports them) the <c>evdev</c> transport may grab.</summary>
    public List<string> KeyboardPadNames { get; set; } = [];

    /// <summary>JSON files of pad profiles, for pad models not built in.</summary>
    public List<string> ProfileFiles { get; set; } = [];

    /// <summary>Which pad belongs to which counter; the first match wins.</summary>
    public List<PadBindingSettings> Bindings { get; set; } = [];
}
