namespace SatisfactionKit.Devices.Transports;

/// <summary>
/// Resolves the stable links udev makes for a device (<c>/dev/input/by-id/usb-…-event-kbd</c>,
/// <c>/dev/serial/by-path/…</c>) to the node they point at now, so a binding by link follows the pad
/// whatever node number it gets after a reboot.
/// </summary>
internal static class DeviceLinks
{
    /// <summary>
    /// The node a link points at now, or null when it does not exist. udev links point straight at the
    /// node (<c>../../input/event5</c>), so one step is followed: the node itself may be a link in a test
    /// bed (umockdev replays through a pseudo-terminal), and that one is not the device's name.
    /// </summary>
    public static string? Resolve(string link)
    {
        try
        {
            var info = new FileInfo(link);
            if (info.LinkTarget is { } target)
            {
                return WithoutTestBed(Path.GetFullPath(target, Path.GetDirectoryName(Path.GetFullPath(link))!));
            }

            return info.Exists ? Path.GetFullPath(link) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether a link (or a plain path) names the device at <paramref name="devicePath"/>.</summary>
    public static bool Names(string link, string devicePath) =>
        string.Equals(link, devicePath, StringComparison.Ordinal) || string.Equals(Resolve(link), devicePath, StringComparison.Ordinal);

    // Under umockdev the links in its emulated /dev point into its test bed directory (UMOCKDEV_DIR);
    // the transports list the nodes by their /dev names, so the prefix is taken off.
    private static string WithoutTestBed(string target) =>
        Environment.GetEnvironmentVariable("UMOCKDEV_DIR") is { Length: > 0 } bed && target.StartsWith(bed.TrimEnd('/') + "/", StringComparison.Ordinal)
            ? target[bed.TrimEnd('/').Length..]
            : target;
}
