namespace SatisfactionKit.SampleHost.Pads;

/// <summary>One counter's pad, by serial number, by device path, or the only pad present.</summary>
public sealed class PadBindingSettings
{
    /// <summary>The counter, for example <c>QUAY-01</c>.</summary>
    public string Counter { get; set; } = string.Empty;

    /// <summary>The pad's USB serial number.</summary>
    public string? SerialNumber { get; set; }

    /// <summary>The pad's device path: <c>/dev/hidraw3</c>, a USB port path, <c>/dev/ttyUSB0</c>.</summary>
    public string? Path { get; set; }

    /// <summary>The profile to use with <see cref="Path"/>; chosen by vendor/product id when empty.</summary>
    public string? Profile { get; set; }

    /// <summary>Binds whatever single pad is present (one-counter machines).</summary>
    public bool OnlyPad { get; set; }
}
