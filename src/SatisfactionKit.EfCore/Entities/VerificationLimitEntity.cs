namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// One limit on wrong verification codes (a dossier's lockout, a client's limit): how many checks count
/// against it and when the last wrong code came. Changed only by conditional updates, so that the database
/// decides who takes the last place (see <c>IVerificationCodeStore.TryReserveCheckAsync</c>).
/// </summary>
internal sealed class VerificationLimitEntity
{
    public string Key { get; set; } = string.Empty;

    public int Count { get; set; }

    public DateTime LastAt { get; set; }
}
