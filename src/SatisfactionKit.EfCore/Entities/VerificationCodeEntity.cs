namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>The row of a <see cref="SatisfactionKit.Channels.VerificationCodeRecord"/>: one per dossier, the code's keyed hash only.</summary>
internal sealed class VerificationCodeEntity
{
    public string DossierCode { get; set; } = string.Empty;

    public byte[] CodeHash { get; set; } = [];

    public DateTime IssuedAt { get; set; }
}
