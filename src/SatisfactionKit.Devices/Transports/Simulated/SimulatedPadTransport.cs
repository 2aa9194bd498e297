using SatisfactionKit.Devices.Profiles;
using System.Collections.Concurrent;

namespace SatisfactionKit.Devices.Transports.Simulated;

/// <summary>A transport of simulated pads, for the sample host and tests: pads are added, pressed, unplugged and plugged back from code.</summary>
public sealed class SimulatedPadTransport : IPadTransport
{
    /// <summary>The transport name.</summary>
    public const string TransportName = "simulated";

    private readonly ConcurrentDictionary<string, SimulatedPad> _pads = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => TransportName;

    /// <summary>Adds a plugged-in pad.</summary>
    /// <param name="path">A unique path, e.g. <c>pad-1</c>.</param>
    /// <param name="vendorId">The USB vendor id.</param>
    /// <param name="productId">The USB product id.</param>
    /// <param name="serialNumber">The serial number, if any.</param>
    public SimulatedPad Add(string path, int vendorId, int productId, string? serialNumber = null)
    {
        var pad = new SimulatedPad(new PadDeviceInfo(TransportName, path, vendorId, productId) { SerialNumber = serialNumber, Name = "Simulated pad" });
        if (!_pads.TryAdd(path, pad))
        {
            throw new ArgumentException($"A simulated pad '{path}' already exists.", nameof(path));
        }

        return pad;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PadDeviceInfo>>([.. _pads.Values.Where(p => p.IsPlugged).Select(p => p.Device).OrderBy(d => d.Path, StringComparer.Ordinal)]);

    /// <inheritdoc />
    public ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (!_pads.TryGetValue(device.Path, out var pad) || !pad.IsPlugged)
        {
            throw new PadDisconnectedException($"The simulated pad '{device.Path}' is not plugged in.");
        }

        return ValueTask.FromResult(pad.Open());
    }
}
