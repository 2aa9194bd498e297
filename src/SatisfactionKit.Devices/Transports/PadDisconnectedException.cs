namespace SatisfactionKit.Devices.Transports;

/// <summary>The pad was unplugged or otherwise went away; the host reconnects when it comes back.</summary>
public sealed class PadDisconnectedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public PadDisconnectedException()
        : base("The rating pad is disconnected.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public PadDisconnectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public PadDisconnectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
