using System.IO.Ports;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>
/// How a serial pad frames its lines (<see cref="PadProfile.Serial"/>): line settings, the line
/// terminator and the lines that are not presses. Unset values keep the serial transport's defaults
/// (9600 baud, 8 data bits, no parity, one stop bit, no handshake, <c>\n</c>).
/// </summary>
public sealed class SerialFraming
{
    /// <summary>The baud rate; null uses the transport's (<c>SerialPadTransportOptions.BaudRate</c>).</summary>
    public int? BaudRate { get; set; }

    /// <summary>Data bits per character, 5..8; null is 8.</summary>
    public int? DataBits { get; set; }

    /// <summary>The parity; null is none.</summary>
    public Parity? Parity { get; set; }

    /// <summary>The stop bits; null is one.</summary>
    public StopBits? StopBits { get; set; }

    /// <summary>The handshake; null is none.</summary>
    public Handshake? Handshake { get; set; }

    /// <summary>Whether DTR is raised while the port is open (some pads are powered by it); null leaves it low.</summary>
    public bool? DtrEnable { get; set; }

    /// <summary>Whether RTS is raised while the port is open; null leaves it low. Not with an RTS handshake.</summary>
    public bool? RtsEnable { get; set; }

    /// <summary>
    /// What ends a line, e.g. <c>"\n"</c>, <c>"\r"</c>, <c>";"</c>; null is <c>"\n"</c>. A <c>\r</c> before a
    /// <c>\n</c> terminator is dropped, so <c>\r\n</c> pads need nothing set.
    /// </summary>
    public string? LineTerminator { get; set; }

    /// <summary>
    /// A regular expression for lines that are not presses and are dropped silently (counted, not
    /// logged), e.g. <c>^#HB$</c> for a heartbeat; null drops none.
    /// </summary>
    public string? IgnorePattern { get; set; }

    /// <summary>The line terminator in force.</summary>
    internal string Terminator => string.IsNullOrEmpty(LineTerminator) ? "\n" : LineTerminator;
}
