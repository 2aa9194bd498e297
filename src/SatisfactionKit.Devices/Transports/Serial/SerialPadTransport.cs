using System.IO.Ports;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.Serial;

/// <summary>
/// Serial pads (USB-serial adapters, RS-232) that write one text line per press, such as
/// <c>BTN:3</c>. Serial ports carry no vendor id, so the listed ports are configured and bound
/// with a profile name (<see cref="Hosting.RatingPadOptions.BindPath"/>).
/// </summary>
public sealed class SerialPadTransport : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "serial";

    private readonly IReadOnlyList<string> _ports;
    private readonly int _baudRate;

    /// <summary>Creates the transport for the given ports.</summary>
    /// <param name="ports">Port names (<c>/dev/ttyUSB0</c>, <c>COM3</c>).</param>
    /// <param name="baudRate">The pads' baud rate.</param>
    public SerialPadTransport(IEnumerable<string> ports, int baudRate = 9600)
    {
        ArgumentNullException.ThrowIfNull(ports);
        _ports = [.. ports];
        _baudRate = baudRate;
    }

    /// <inheritdoc />
    public string Name => TransportName;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken)
    {
        var present = OperatingSystem.IsWindows()
            ? SerialPort.GetPortNames().ToHashSet(StringComparer.OrdinalIgnoreCase)
            : null;
        IReadOnlyList<PadDeviceInfo> devices = [.. _ports
            .Where(p => present?.Contains(p) ?? File.Exists(p))
            .Select(p => new PadDeviceInfo(TransportName, p, 0, 0))];
        return ValueTask.FromResult(devices);
    }

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        var port = new SerialPort(device.Path, _baudRate)
        {
            NewLine = "\n",
            ReadTimeout = 200,
            WriteTimeout = 1000,
        };
        try
        {
            port.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            port.Dispose();
            throw new PadDisconnectedException($"Could not open serial port {device.Path}: {ex.Message}", ex);
        }

        return ValueTask.FromResult<IPadConnection>(new SerialPadConnection(port));
    }
}
