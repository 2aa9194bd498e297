using SatisfactionKit.Channels;

namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="VerificationAttempt"/>: the audit trail of online code use, append-only.</summary>
internal sealed class VerificationAttemptEntity
{
    public Guid Id { get; set; }

    public string DossierCode { get; set; } = string.Empty;

    public string ClientKey { get; set; } = string.Empty;

    public DateTime At { get; set; }

    public VerificationOutcome Outcome { get; set; }

    public string Purpose { get; set; } = string.Empty;
}
