namespace SatisfactionKit.Channels.Invitations;

/// <summary>
/// Thrown by an <see cref="IRatingInvitationSender"/> that knows more than "it failed": whether trying
/// again can help. A refusal for good (a mailbox that does not exist, a gateway rejecting the request)
/// is recorded at once; any other exception a sender throws is taken as passing and retried.
/// </summary>
public sealed class RatingInvitationDeliveryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the server said.</param>
    /// <param name="isPermanent">Whether trying again cannot help.</param>
    /// <param name="innerException">The transport's exception, if any.</param>
    public RatingInvitationDeliveryException(string message, bool isPermanent, Exception? innerException = null)
        : base(message, innerException) => IsPermanent = isPermanent;

    /// <summary>Creates a passing (retried) failure.</summary>
    public RatingInvitationDeliveryException()
    {
    }

    /// <summary>Creates a passing (retried) failure.</summary>
    public RatingInvitationDeliveryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates a passing (retried) failure.</summary>
    public RatingInvitationDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether trying again cannot help.</summary>
    public bool IsPermanent { get; }
}
