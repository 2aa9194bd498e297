using FluentValidation.Results;

namespace SatisfactionKit.Channels;

/// <summary>The outcome of checking a dossier code and verification code.</summary>
internal sealed record VerificationCheck(VerificationOutcome Outcome, DossierStatus? Status, ValidationFailure? Failure)
{
    public bool Passed => Outcome == VerificationOutcome.Accepted;
}
