namespace SatisfactionKit.Devices.Profiles;

/// <summary>How a pad delivers its input.</summary>
public enum PadKind
{
    /// <summary>HID input reports (hidraw, libusb, Windows HID, simulated).</summary>
    Hid = 0,

    /// <summary>A keyboard-emulating pad: each button sends a key code.</summary>
    Keyboard = 1,

    /// <summary>A serial pad that writes one text line per press.</summary>
    Serial = 2,
}
