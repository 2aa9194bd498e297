namespace SatisfactionKit.Devices.Profiles;

/// <summary>How a HID input report encodes the pressed button.</summary>
public enum ButtonEncoding
{
    /// <summary>One bit per button in the byte at <see cref="PadProfile.ButtonOffset"/>; a press is a bit going from 0 to 1.</summary>
    Bitmap = 0,

    /// <summary>The byte at <see cref="PadProfile.ButtonOffset"/> holds the button's value; 0 means released.</summary>
    Value = 1,
}
