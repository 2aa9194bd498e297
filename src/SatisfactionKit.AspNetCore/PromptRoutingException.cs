namespace SatisfactionKit.Server;

/// <summary>
/// A press or cancel could not reach the node that owns the counter's prompt (the backplane or that node did
/// not answer in time). Nothing was recorded: a device keeps the press and sends it again later.
/// </summary>
public sealed class PromptRoutingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PromptRoutingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PromptRoutingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PromptRoutingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The stable error code devices and pages see: <c>SK_PROMPT_NODE_UNAVAILABLE</c>.</summary>
    public const string ErrorCode = "SK_PROMPT_NODE_UNAVAILABLE";
}
