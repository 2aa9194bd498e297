namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// Profiles shipped with the library. The generic HID pads use report id 1 + a button bitmap byte
/// for input and report id 2 + an LED bitmap byte for output. Vendor/product ids are those of the
/// pid.codes open test range, so a vendor sets its own through JSON for real hardware.
/// </summary>
public static class BuiltInPadProfiles
{
    /// <summary>The vendor id of the generic pads.</summary>
    public const int GenericVendorId = 0x1209;

    /// <summary>The product id of the generic 4-button pad.</summary>
    public const int Generic4ButtonProductId = 0x5A04;

    /// <summary>The product id of the generic 5-button pad.</summary>
    public const int Generic5ButtonProductId = 0x5A05;

    /// <summary>A 4-button vendor-defined HID pad: bits 0..3 = four smileys, best first (levels of the four-smiley scheme "RHL", "HL", "KHL", "RKHL").</summary>
    public static PadProfile Generic4Button() => Hid("generic-hid-4", Generic4ButtonProductId, ["RHL", "HL", "KHL", "RKHL"]);

    /// <summary>A 5-button vendor-defined HID pad: bits 0..4 = five stars, most first (levels "5".."1").</summary>
    public static PadProfile Generic5Button() => Hid("generic-hid-5", Generic5ButtonProductId, ["5", "4", "3", "2", "1"]);

    /// <summary>A 4-key keyboard pad sending the keys 1..4 (evdev codes 2..5), best first (four-smiley levels).</summary>
    public static PadProfile Keyboard4Key() => new()
    {
        Name = "keyboard-4",
        Kind = PadKind.Keyboard,
        Buttons =
        {
            new PadButton { Input = "2", LevelCode = "RHL" },
            new PadButton { Input = "3", LevelCode = "HL" },
            new PadButton { Input = "4", LevelCode = "KHL" },
            new PadButton { Input = "5", LevelCode = "RKHL" },
        },
    };

    /// <summary>All built-in profiles, fresh instances.</summary>
    public static IReadOnlyList<PadProfile> All() => [Generic4Button(), Generic5Button(), Keyboard4Key()];

    private static PadProfile Hid(string name, int productId, string[] levels)
    {
        var profile = new PadProfile
        {
            Name = name,
            Kind = PadKind.Hid,
            VendorId = GenericVendorId,
            ProductId = productId,
            InputReportId = 1,
            InputReportLength = 2,
            ButtonOffset = 1,
            Encoding = ButtonEncoding.Bitmap,
            Outputs = new PadOutputs
            {
                Idle = "02 00",
                Awaiting = $"02 {(1 << levels.Length) - 1:X2}",
                ThankYou = "02 80",
                Error = "02 40",
            },
        };
        for (var bit = 0; bit < levels.Length; bit++)
        {
            profile.Buttons.Add(new PadButton { Input = bit.ToString(System.Globalization.CultureInfo.InvariantCulture), LevelCode = levels[bit] });
        }

        return profile;
    }
}
