namespace SatisfactionKit.EntityFrameworkCore.Entities;

/// <summary>
/// Column lengths, matching the limits Core's validator enforces on submissions (64 for codes, 128 for
/// device ids and idempotency keys), so that a valid rating always fits.
/// </summary>
internal static class ColumnLengths
{
    public const int Code = 64;
    public const int LevelCode = 32;
    public const int DeviceId = 128;
    public const int IdempotencyKey = 128;
    public const int Comment = 4000;
    public const int Note = 1000;

    /// <summary>A rating's condition choices in a roll-up cell (<c>|C5|</c>), with room for several.</summary>
    public const int Conditions = 256;

    /// <summary>Who tried a verification code: an IPv6 address with zone, or a phone number, with room to spare.</summary>
    public const int ClientKey = 128;

    /// <summary>A verification limit's key: its kind and a dossier code or client key.</summary>
    public const int LimitKey = 160;

    /// <summary>What a verification code was given for (<c>rating</c>, <c>status</c>).</summary>
    public const int Purpose = 32;
    /// <summary>A unit code, or <c>survey:</c> and a survey id.</summary>
    public const int ChainKey = 72;

    /// <summary>A counter device's name in the device list.</summary>
    public const int DisplayName = 128;

    /// <summary>What a counter device says of its pad (<c>connected</c>, <c>disconnected</c>, …).</summary>
    public const int PadState = 32;
}
