namespace SatisfactionKit.Devices.Transports.Serial;

/// <summary>
/// Options of the serial transport registered by <c>RatingPadsBuilder.UseSerial</c>: the ports it
/// opens and their speed. Validated at start.
/// </summary>
public sealed class SerialPadTransportOptions
{
    /// <summary>The serial ports of the pads, for example <c>/dev/ttyUSB0</c> or <c>COM3</c>; at least one.</summary>
    public IList<string> Ports { get; } = [];

    /// <summary>The pads' baud rate; 9600 unless the pad's manual says otherwise.</summary>
    public int BaudRate { get; set; } = 9600;

    /// <summary>Configuration entries that could not be read, reported at start.</summary>
    internal IList<string> Problems { get; } = [];
}
