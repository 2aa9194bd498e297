namespace SatisfactionKit.Channels.Invitations;

/// <summary>
/// The options of rating invitations (<see cref="IRatingInvitationService"/>), set through
/// <c>AddChannels(…).AddRatingInvitations(o => …)</c> and validated when the host starts.
/// </summary>
public sealed class RatingInvitationOptions
{
    /// <summary>
    /// The vendor's rating page (absolute http or https), e.g. <c>https://dichvucong.example.vn/danh-gia</c>;
    /// the signed token is appended as the query parameter <c>t</c>. Required.
    /// </summary>
    public Uri? RatingPage { get; set; }

    /// <summary>How many times one invitation is tried before it is recorded as failed. Default 4; 1 to 10.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the second try; each later wait doubles it. Default 2 seconds; above zero, at most 10 minutes.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The message text, with <c>{dossier}</c> and <c>{link}</c> replaced. The default is Vietnamese and
    /// short enough for one Unicode SMS part with a 60-character link only if the dossier code is short:
    /// gateways split longer texts.
    /// </summary>
    public string Text { get; set; } = "Kinh moi Ong/Ba danh gia muc do hai long ve ho so {dossier}: {link}";

    /// <summary>The subject of an e-mail invitation, with <c>{dossier}</c> replaced.</summary>
    public string EmailSubject { get; set; } = "Đánh giá mức độ hài lòng – hồ sơ {dossier}";
}
