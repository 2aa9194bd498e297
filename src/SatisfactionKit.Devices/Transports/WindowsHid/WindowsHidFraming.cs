namespace SatisfactionKit.Devices.Transports.WindowsHid;

/// <summary>
/// How Windows frames HID reports, and how they become the bytes the rest of the library uses
/// (the same as Linux hidraw). Windows reads and writes whole reports of the lengths in HIDP_CAPS,
/// always with a report id byte first: 0 when the device has no report ids. So a pad without
/// report ids reads [0, data…], which becomes [data…]; output templates always start with the
/// report id (00 for such pads, as hidraw wants too) and are zero-padded to the output length.
/// </summary>
internal static class WindowsHidFraming
{
    /// <summary>
    /// Turns one ReadFile result into the profile's report: strips the id-0 prefix of pads without
    /// report ids and drops the zero padding Windows adds up to the longest input report. Anything
    /// else is left as it is, so the decoder still sees (and counts) a wrong id or an oversized report.
    /// </summary>
    /// <param name="read">The bytes ReadFile returned (InputReportByteLength of them).</param>
    /// <param name="profileUsesReportIds">Whether the profile names an input report id.</param>
    /// <param name="profileReportLength">The profile's report length (report id included when it has one).</param>
    /// <param name="destination">Receives the report.</param>
    /// <returns>The report's length.</returns>
    public static int FrameInput(ReadOnlySpan<byte> read, bool profileUsesReportIds, int profileReportLength, Span<byte> destination)
    {
        var report = read;
        if (!profileUsesReportIds && report.Length > 0 && report[0] == 0)
        {
            report = report[1..];
        }

        if (report.Length > profileReportLength && !report[profileReportLength..].ContainsAnyExcept((byte)0))
        {
            report = report[..profileReportLength];
        }

        var length = Math.Min(report.Length, destination.Length);
        report[..length].CopyTo(destination);
        return length;
    }

    /// <summary>Builds the WriteFile buffer: the report (id first) zero-padded to the output report length.</summary>
    /// <param name="report">The output report, report id first (0 for pads without report ids).</param>
    /// <param name="outputReportByteLength">HIDP_CAPS.OutputReportByteLength.</param>
    /// <exception cref="ArgumentException">The report is longer than the device's output report, or the device has none.</exception>
    public static byte[] FrameOutput(ReadOnlySpan<byte> report, int outputReportByteLength)
    {
        if (outputReportByteLength <= 0)
        {
            throw new ArgumentException("The device declares no output report, so it has no LEDs to drive.", nameof(outputReportByteLength));
        }

        if (report.IsEmpty || report.Length > outputReportByteLength)
        {
            throw new ArgumentException($"An output report of {report.Length} bytes does not fit the device's {outputReportByteLength}-byte output report (report id included).", nameof(report));
        }

        var buffer = new byte[outputReportByteLength];
        report.CopyTo(buffer);
        return buffer;
    }
}
