namespace SatisfactionKit.Channels.Invitations;

/// <summary>What became of an invitation.</summary>
public enum RatingInvitationOutcome
{
    /// <summary>The mail server or SMS gateway accepted it.</summary>
    Sent = 1,

    /// <summary>Every try failed, or the server refused it for good (e.g. an unknown mailbox); the reason is recorded.</summary>
    Failed = 2,

    /// <summary>Not sent and not recorded: the dossier is unknown or its result not returned yet.</summary>
    Refused = 3,
}
