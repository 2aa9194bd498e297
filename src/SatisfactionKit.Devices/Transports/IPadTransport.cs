using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports;

/// <summary>A way of reaching pads (hidraw, libusb, serial, simulated): lists them and opens one.</summary>
public interface IPadTransport
{
    /// <summary>The transport's name, the first part of <see cref="PadDeviceInfo.DeviceId"/>.</summary>
    string Name { get; }

    /// <summary>Lists the pads present now.</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    ValueTask<IReadOnlyList<PadDeviceInfo>> EnumerateAsync(CancellationToken cancellationToken);

    /// <summary>Opens a pad for reading and writing.</summary>
    /// <param name="device">A device this transport listed.</param>
    /// <param name="profile">The pad's profile; transports that must read exactly one report use its report length.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    ValueTask<IPadConnection> OpenAsync(PadDeviceInfo device, PadProfile profile, CancellationToken cancellationToken);
}
