namespace SatisfactionKit.Channels;

/// <summary>What came of a verification attempt.</summary>
public enum VerificationOutcome
{
    /// <summary>The code was right and the request went on.</summary>
    Accepted = 1,

    /// <summary>The code was wrong, or the dossier has no code (the caller is not told which). Counted for lockouts.</summary>
    WrongCode = 2,

    /// <summary>Refused unchecked: the dossier is locked after too many wrong codes.</summary>
    DossierLocked = 3,

    /// <summary>Refused unchecked: the client key gave too many wrong codes.</summary>
    ClientLimited = 4,

    /// <summary>The code was right but has expired.</summary>
    Expired = 5,
}
