namespace SatisfactionKit.Channels;

/// <summary>
/// The options of the channels beyond the counter pad (online rating by verification code, dossier
/// status look-up), set through <c>AddSatisfactionKit().AddChannels(o => …)</c> and validated when the host starts.
/// </summary>
public sealed class ChannelOptions
{
    /// <summary>
    /// The secret key (base64, at least 32 bytes) that verification codes are hashed with (HMAC-SHA256).
    /// Keep it in the vendor's key store, not in source control: whoever holds it and the stored hashes
    /// can test guesses offline.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long after the result is returned a verification code may still be used. Default 30 days.</summary>
    public TimeSpan CodeValidity { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How many wrong codes for one dossier, within <see cref="LockoutDuration"/>, lock it. Default 5.</summary>
    public int MaxWrongCodesPerDossier { get; set; } = 5;

    /// <summary>How long a locked dossier stays locked (the window wrong codes are counted in). Default 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many wrong codes one client key (an IP address) may give, across all dossiers, within <see cref="ClientAttemptWindow"/>. Default 20.</summary>
    public int MaxWrongCodesPerClient { get; set; } = 20;

    /// <summary>The window wrong codes per client key are counted in. Default 1 hour.</summary>
    public TimeSpan ClientAttemptWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a signed rating link (SMS, e-mail) stays valid after it is created. Default 7 days.</summary>
    public TimeSpan LinkValidity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The keyword an SMS reply starts with (compared without case or diacritics). Default <c>DG</c> (<i>đánh giá</i>).</summary>
    public string SmsKeyword { get; set; } = "DG";
}
