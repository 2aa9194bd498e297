using System.Globalization;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>Parses output report templates written as hex bytes (<c>"02 0F"</c>, <c>"020F"</c>).</summary>
public static class OutputTemplate
{
    /// <summary>Parses a template; false when it is not whole hex bytes.</summary>
    /// <param name="template">The template text.</param>
    /// <param name="bytes">The report bytes.</param>
    public static bool TryParse(string template, out byte[] bytes)
    {
        bytes = [];
        if (template is null)
        {
            return false;
        }

        var hex = template.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (hex.Length == 0 || hex.Length % 2 != 0)
        {
            return false;
        }

        var result = new byte[hex.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            if (!byte.TryParse(hex.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out result[i]))
            {
                return false;
            }
        }

        bytes = result;
        return true;
    }
}
