namespace SatisfactionKit.Server.Hubs;

/// <summary>A keyed press arrived while another with the same key is being taken; the device tries again shortly.</summary>
internal sealed class PressInProgressException : Exception
{
    /// <summary>The stable error code a device sees.</summary>
    public const string ErrorCode = "SK_PRESS_IN_PROGRESS";

    public PressInProgressException()
        : base(ErrorCode)
    {
    }

    public PressInProgressException(string message)
        : base(message)
    {
    }

    public PressInProgressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
