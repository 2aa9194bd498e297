using System.Globalization;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// Reads USB vendor and product ids (and HID usage pages) the way datasheets, <c>lsusb</c> and
/// <c>udevadm</c> write them: text is hexadecimal with or without <c>0x</c> (<c>"0x1a86"</c>,
/// <c>"1a86"</c>); a JSON number is decimal (<c>6790</c>).
/// </summary>
internal static class UsbId
{
    /// <summary>Parses hex text (<c>0x1a86</c>, <c>1A86</c>) into an id of 0..0xFFFF.</summary>
    public static bool TryParseHex(string? text, out int id)
    {
        id = 0;
        var hex = text?.Trim();
        if (string.IsNullOrEmpty(hex))
        {
            return false;
        }

        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[2..];
        }

        return hex.Length is > 0 and <= 4
            && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id);
    }

    /// <summary>Whether a decimal id is in 0..0xFFFF.</summary>
    public static bool InRange(long id) => id is >= 0 and <= 0xFFFF;

    /// <summary>What an id setting accepts, for messages.</summary>
    public const string Expected = "a USB id in hex (\"0x1a86\", \"1a86\") or a decimal number 0..65535 / một mã USB dạng hex (\"0x1a86\", \"1a86\") hoặc số thập phân 0..65535";
}
