using FluentValidation.Results;

namespace SatisfactionKit.Channels;

/// <summary>The outcome of a dossier status look-up.</summary>
public sealed record DossierStatusResult
{
    private DossierStatusResult(DossierStatus? status, IReadOnlyList<ValidationFailure> errors)
    {
        Status = status;
        Errors = errors;
    }

    /// <summary>Whether the look-up succeeded.</summary>
    public bool Succeeded => Status is not null;

    /// <summary>The dossier's status, or <see langword="null"/> when refused.</summary>
    public DossierStatus? Status { get; }

    /// <summary>Why the look-up was refused.</summary>
    public IReadOnlyList<ValidationFailure> Errors { get; }

    internal static DossierStatusResult Found(DossierStatus status) => new(status, []);

    internal static DossierStatusResult Refused(ValidationFailure failure) => new(null, [failure]);
}
