using System.Text;
using SatisfactionKit.Devices.Native.Libc;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.Evdev;

/// <summary>
/// Keyboard-emulating pads on Linux read straight from <c>/dev/input/event*</c> and grabbed
/// (EVIOCGRAB), so their keys never reach the officer's windows. Devices are listed from
/// <c>/sys/class/input/event*</c> and identified with EVIOCGID (vendor, product), EVIOCGNAME and
/// EVIOCGUNIQ (serial), with the USB port path and interface number from the sysfs device path (a
/// keyboard pad's keys and its "Consumer Control" are two nodes, usually on two interfaces). Only the
/// devices <c>include</c> accepts are listed, so the counter PC's own keyboard is never grabbed by
/// mistake: <c>UseEvdev</c> accepts those its keyboard profiles' vendor/product ids (and interface) match.
/// Bind a listed pad with a <see cref="PadKind.Keyboard"/> profile.
/// </summary>
public sealed class EvdevTransport : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "evdev";

    private readonly Func<PadDeviceInfo, bool> _include;
    private readonly string _sysClassDirectory;
    private readonly string _devDirectory;

    // Identities by node, with the sysfs link they were read under: a node is asked again only when
    // its link changes (another device took the node), not on every scan. A node that could not be
    // asked (no permission yet) is not remembered, so it is tried again once a udev rule lets us.
    private readonly Dictionary<string, (string Link, PadDeviceInfo? Device)> _identities = new(StringComparer.Ordinal);

    /// <summary>Creates the transport.</summary>
    /// <param name="include">Which input devices are pads, e.g. <c>d =&gt; d.VendorId == 0x1209 &amp;&amp; d.ProductId == 0x5A07</c>.</param>
    public EvdevTransport(Func<PadDeviceInfo, bool> include)
        : this(include, "/sys/class/input", "/dev/input")
    {
    }

    internal EvdevTransport(Func<PadDeviceInfo, bool> include, string sysClassDirectory, string devDirectory)
    {
        ArgumentNullException.ThrowIfNull(include);
        _include = include;
        _sysClassDirectory = sysClassDirectory;
        _devDirectory = devDirectory;
    }

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken)
    {
        var devices = new List<PadDeviceInfo>();
        if (!OperatingSystem.IsLinux() || !Directory.Exists(_sysClassDirectory))
        {
            return ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>(devices);
        }

        lock (_identities)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Directory.EnumerateFileSystemEntries(_sysClassDirectory, "event*").Order(StringComparer.Ordinal))
            {
                var node = Path.Combine(_devDirectory, Path.GetFileName(entry));
                var link = new FileInfo(entry).LinkTarget ?? entry;
                seen.Add(node);
                if (!_identities.TryGetValue(node, out var known) || known.Link != link)
                {
                    var (port, usbInterface) = UsbSysfsPath.Parse(link);
                    known = (link, Identify(node) is { } identified ? identified with { PortPath = port, Interface = usbInterface } : null);
                    if (known.Device is null)
                    {
                        _identities.Remove(node);
                    }
                    else
                    {
                        _identities[node] = known;
                    }
                }

                if (known.Device is { } device && _include(device))
                {
                    devices.Add(device);
                }
            }

            foreach (var gone in _identities.Keys.Where(n => !seen.Contains(n)).ToList())
            {
                _identities.Remove(gone);
            }
        }

        return ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>(devices);
    }

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        return ValueTask.FromResult<IPadConnection>(EvdevConnection.Open(device.Path));
    }

    /// <summary>Asks an event node who it is; null when it cannot be opened (not ours to read) or does not answer.</summary>
    private static unsafe PadDeviceInfo? Identify(string path)
    {
        using var fd = Libc.Open(path, Libc.O_RDONLY | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
        if (fd.IsInvalid)
        {
            return null;
        }

        Libc.InputId id;
        if (Libc.Ioctl(fd, Libc.EVIOCGID, &id) != 0)
        {
            return null;
        }

        var text = stackalloc byte[Libc.EvdevStringLength];
        return new PadDeviceInfo(TransportName, path, id.Vendor, id.Product)
        {
            Name = ReadString(fd, Libc.EVIOCGNAME256, text),
            SerialNumber = ReadString(fd, Libc.EVIOCGUNIQ256, text),
        };
    }

    private static unsafe string? ReadString(SafeFileDescriptor fd, uint request, byte* text)
    {
        new Span<byte>(text, Libc.EvdevStringLength).Clear();
        // The kernel returns the length copied (NUL included); the string is read up to its NUL either way.
        if (Libc.Ioctl(fd, request, text) < 0)
        {
            return null;
        }

        var span = new ReadOnlySpan<byte>(text, Libc.EvdevStringLength);
        var end = span.IndexOf((byte)0);
        var value = Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
        return value.Length == 0 ? null : value;
    }
}
