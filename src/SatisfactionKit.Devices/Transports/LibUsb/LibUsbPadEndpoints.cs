namespace SatisfactionKit.Devices.Transports.LibUsb;

/// <summary>Where a pad's reports go: its interface, interrupt IN endpoint (and packet size), optional interrupt OUT endpoint.</summary>
internal readonly record struct LibUsbPadEndpoints(int Interface, byte InEndpoint, int InMaxPacketSize, byte? OutEndpoint);
