using FluentValidation.Results;

namespace SatisfactionKit.Channels;

/// <summary>The outcome of <see cref="ILinkTokenService.Validate"/>.</summary>
public sealed record LinkTokenValidation
{
    private LinkTokenValidation(string? dossierCode, DateTimeOffset? expiresAt, ValidationFailure? error)
    {
        DossierCode = dossierCode;
        ExpiresAt = expiresAt;
        Error = error;
    }

    /// <summary>Whether the token is genuine and not expired.</summary>
    public bool IsValid => Error is null;

    /// <summary>The dossier the link is for, when valid.</summary>
    public string? DossierCode { get; }

    /// <summary>When the link expires, when valid.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Why the token was refused (tampered with, malformed or expired), or <see langword="null"/>.</summary>
    public ValidationFailure? Error { get; }

    internal static LinkTokenValidation Valid(string dossierCode, DateTimeOffset expiresAt) => new(dossierCode, expiresAt, null);

    internal static LinkTokenValidation Invalid(ValidationFailure error) => new(null, null, error);
}
