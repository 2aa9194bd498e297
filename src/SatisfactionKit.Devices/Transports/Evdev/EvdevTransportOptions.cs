namespace SatisfactionKit.Devices.Transports.Evdev;

/// <summary>
/// Options of the evdev transport registered by <c>RatingPadsBuilder.UseEvdev</c>: which input
/// devices are pads. Only those are listed and grabbed, so the counter PC's own keyboard never is;
/// at least one of <see cref="DeviceNames"/> and <see cref="Include"/> is required (validated at start).
/// </summary>
public sealed class EvdevTransportOptions
{
    /// <summary>Input device names, as the kernel reports them (EVIOCGNAME, <c>/proc/bus/input/devices</c>), that are pads.</summary>
    public IList<string> DeviceNames { get; } = [];

    /// <summary>Which other input devices are pads, e.g. <c>d =&gt; d.VendorId == 0x1209 &amp;&amp; d.ProductId == 0x5A07</c>.</summary>
    public Func<PadDeviceInfo, bool>? Include { get; set; }

    /// <summary>Whether an input device is a pad: its name is listed or <see cref="Include"/> accepts it.</summary>
    internal bool IsPad(PadDeviceInfo device) =>
        (device.Name is { } name && DeviceNames.Contains(name, StringComparer.Ordinal)) || Include?.Invoke(device) == true;
}
