using System.IO.Ports;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.Serial;

/// <summary>
/// Serial pads (USB-serial adapters, RS-232) that write one text line per press, such as
/// <c>BTN:3</c>. Serial ports carry no vendor id, so the listed ports are configured and bound
/// with a profile name (<see cref="Hosting.RatingPadOptions.BindPath"/>); a port may be a stable
/// link (<c>/dev/serial/by-id/…</c>). Each pad's profile sets its framing (<see cref="PadProfile.Serial"/>:
/// baud, parity, stop bits, handshake, DTR/RTS, terminator, lines to ignore).
/// </summary>
public sealed class SerialPadTransport : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "serial";

    private readonly Func<SerialPadTransportOptions> _options;

    /// <summary>Creates the transport for the given ports.</summary>
    /// <param name="ports">Port names (<c>/dev/ttyUSB0</c>, <c>COM3</c>).</param>
    /// <param name="baudRate">The pads' baud rate, unless their profile sets one.</param>
    public SerialPadTransport(IEnumerable<string> ports, int baudRate = 9600)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var options = new SerialPadTransportOptions { BaudRate = baudRate };
        foreach (var port in ports)
        {
            options.Ports.Add(port);
        }

        _options = () => options;
    }

    /// <summary>Creates the transport over options read on every scan (a configuration reload changes the ports).</summary>
    internal SerialPadTransport(Func<SerialPadTransportOptions> options) => _options = options;

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken)
    {
        var present = OperatingSystem.IsWindows()
            ? SerialPort.GetPortNames().ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        IReadOnlyList<PadDeviceInfo> devices = [.. _options().Ports
            .Where(p => present?.Contains(p) ?? File.Exists(p))
            .Select(Describe)];
        return ValueTask.FromResult(devices);
    }

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(profile);
        var framing = profile.Serial ?? new SerialFraming();
        var port = new SerialPort(device.Path, framing.BaudRate ?? _options().BaudRate)
        {
            DataBits = framing.DataBits ?? 8,
            Parity = framing.Parity ?? Parity.None,
            StopBits = framing.StopBits ?? StopBits.One,
            Handshake = framing.Handshake ?? Handshake.None,
            ReadTimeout = 200,
            WriteTimeout = 1000,
        };
        try
        {
            port.Open();

            // Set once open, and only when the profile asks: some drivers reset the lines on open, and a
            // port without modem lines (a pseudo-terminal) refuses the request.
            if (framing.DtrEnable is { } dtr)
            {
                port.DtrEnable = dtr;
            }

            if (framing.RtsEnable is { } rts)
            {
                port.RtsEnable = rts;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            port.Dispose();
            throw new PadDisconnectedException($"Could not open serial port {device.Path}: {ex.Message}", ex);
        }

        return ValueTask.FromResult<IPadConnection>(new SerialPadConnection(port, framing.Terminator));
    }

    /// <summary>A configured port, with the USB port and interface of its adapter when sysfs tells them (Linux).</summary>
    private static PadDeviceInfo Describe(string port)
    {
        var info = new PadDeviceInfo(TransportName, port, 0, 0);
        if (!OperatingSystem.IsLinux())
        {
            return info;
        }

        var node = DeviceLinks.Resolve(port) ?? port;
        var (usbPort, usbInterface) = UsbSysfsPath.Parse(UsbSysfsPath.DeviceOf(Path.Combine("/sys/class/tty", Path.GetFileName(node))));
        return info with { PortPath = usbPort, Interface = usbInterface };
    }
}
