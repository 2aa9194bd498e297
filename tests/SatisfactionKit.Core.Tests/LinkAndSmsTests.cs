using SatisfactionKit.Testing;
using System.Buffers.Text;
using System.Text;
using SatisfactionKit.Channels;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests;

/// <summary>Signed rating links, the invitation sender for samples, and SMS replies.</summary>
public sealed class LinkAndSmsTests
{
    private const string DossierCode = "000.00.17.H29-261102-0001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_link_token_is_url_safe_and_validates_to_its_dossier_until_it_expires()
    {
        await using var kit = new ChannelFixture(o => o.LinkValidity = TimeSpan.FromDays(7));
        var token = kit.Links.Create(DossierCode);

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
        var valid = kit.Links.Validate(token);
        Assert.True(valid.IsValid);
        Assert.Equal(DossierCode, valid.DossierCode);

        kit.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var expired = await UiCulture.RunAsync("en-GB", () => Task.FromResult(kit.Links.Validate(token)));
        Assert.False(expired.IsValid);
        Assert.Equal(ErrorCodes.LinkTokenExpired, expired.Error!.ErrorCode);
        Assert.Contains("has expired", expired.Error.ErrorMessage, StringComparison.Ordinal);
        Assert.Null(expired.DossierCode);
    }

    [Fact]
    public async Task A_tampered_forged_or_malformed_token_is_refused()
    {
        await using var kit = new ChannelFixture();
        var token = kit.Links.Create(DossierCode);
        var parts = token.Split('.');

        // Another dossier's payload under this token's signature.
        var otherPayload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"000.00.17.H29-261102-0002\n{long.MaxValue / 2}"));
        // One character of the signature changed.
        var flipped = parts[1][..^1] + (parts[1][^1] == 'A' ? 'B' : 'A');

        await using var otherKey = new ChannelFixture(o => o.SigningKey = Convert.ToBase64String(new byte[32]));
        var forged = otherKey.Links.Create(DossierCode);

        foreach (var bad in new[] { $"{otherPayload}.{parts[1]}", $"{parts[0]}.{flipped}", forged, "", "abc", $"{parts[0]}.", $"{token}.x", "!!.??" })
        {
            var result = await UiCulture.RunAsync("vi-VN", () => Task.FromResult(kit.Links.Validate(bad)));
            Assert.False(result.IsValid, bad);
            Assert.Equal(ErrorCodes.LinkTokenInvalid, result.Error!.ErrorCode);
            Assert.Contains("không hợp lệ", result.Error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_file_sender_writes_one_line_per_invitation()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sk-invitations-{Guid.NewGuid():N}.tsv");
        try
        {
            await using var kit = new ChannelFixture();
            var sender = new FileRatingInvitationSender(path);
            var link = new Uri($"https://dichvucong.example.vn/danh-gia?t={kit.Links.Create(DossierCode)}");
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
                sender.SendAsync(new RatingInvitation(DossierCode, $"09{i:D8}", RatingChannel.Sms, link, "Mời ông/bà đánh giá\nhồ sơ"), Ct).AsTask()));

            var lines = await File.ReadAllLinesAsync(path, Ct);
            Assert.Equal(20, lines.Length);
            Assert.All(lines, l => Assert.Equal(5, l.Split('\t').Length));
            Assert.Contains(lines, l => l.StartsWith("Sms\t0900000007\t" + DossierCode, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("DG {0} HL", "HL")]
    [InlineData("  đg   {0}   khl ", "KHL")]
    [InlineData("Đg {0} hl", "HL")]
    public async Task An_SMS_reply_is_stored_on_the_SMS_channel_whatever_its_case_and_diacritics(string text, string level)
    {
        await using var kit = new ChannelFixture();
        await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));

        var result = await kit.Sms.SubmitAsync(new SmsReply("0912345678", string.Format(System.Globalization.CultureInfo.InvariantCulture, text, DossierCode), "MSG-1"), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
        var rating = Assert.Single(kit.Ratings.Ratings);
        Assert.Equal(RatingChannel.Sms, rating.Channel);
        Assert.Equal(DossierCode, rating.Dossier!.DossierCode);
        Assert.All(rating.Answers, a => Assert.Equal(level, a.LevelCode));
        Assert.Equal("sms:MSG-1", rating.IdempotencyKey);
    }

    [Theory]
    [InlineData("DG 000.00.17.H29-261102-0001", ErrorCodes.SmsReplyFormat, "không đúng cú pháp", "not in the expected format")]
    [InlineData("XY 000.00.17.H29-261102-0001 HL", ErrorCodes.SmsReplyFormat, "Soạn: DG", "Send: DG")]
    [InlineData("DG 000.00.17.H29-261102-0001 TUYET", ErrorCodes.SmsReplyFormat, "KHL/HL", "KHL/HL")]
    [InlineData("DG 000.00.17.H29-261102-9999 HL", ErrorCodes.DossierUnknown, "Không tìm thấy hồ sơ", "was not found")]
    public async Task A_bad_SMS_reply_is_refused_in_both_languages(string text, string code, string vietnamese, string english)
    {
        await using var kit = new ChannelFixture();
        await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));

        var vi = await UiCulture.RunAsync("vi-VN", async () => await kit.Sms.SubmitAsync(new SmsReply("0912345678", text), Ct));
        var en = await UiCulture.RunAsync("en-GB", async () => await kit.Sms.SubmitAsync(new SmsReply("0912345678", text), Ct));

        Assert.Contains(vi.Errors, e => e.ErrorCode == code && e.ErrorMessage.Contains(vietnamese, StringComparison.Ordinal));
        Assert.Contains(en.Errors, e => e.ErrorCode == code && e.ErrorMessage.Contains(english, StringComparison.Ordinal));
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Theory]
    [InlineData("0987654321", true)]
    [InlineData("0912345678", false)]
    public async Task An_SMS_rating_is_accepted_only_from_the_applicants_phone(string sender, bool phoneOnFile)
    {
        await using var kit = new ChannelFixture();
        await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));
        if (!phoneOnFile)
        {
            kit.Channels.Phones.TryRemove(DossierCode, out _);
        }

        var result = await UiCulture.RunAsync("en-GB", async () => await kit.Sms.SubmitAsync(new SmsReply(sender, $"DG {DossierCode} KHL"), Ct));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.SmsSenderNotApplicant, error.ErrorCode);
        Assert.Contains("only from the applicant's registered phone", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(kit.Ratings.Ratings);
    }

    [Theory]
    [InlineData("84912345678")]
    [InlineData("0912 345 678")]
    public async Task The_applicants_number_is_recognised_however_it_is_written(string sender)
    {
        await using var kit = new ChannelFixture();
        await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));

        var result = await kit.Sms.SubmitAsync(new SmsReply(sender, $"DG {DossierCode} HL"), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public async Task An_SMS_reply_goes_through_the_same_rules_as_every_channel()
    {
        await using var kit = new ChannelFixture();
        await kit.DossierAsync(DossierCode, null);

        var notReturned = await kit.Sms.SubmitAsync(new SmsReply("0912345678", $"DG {DossierCode} HL"), Ct);
        Assert.Contains(notReturned.Errors, e => e.ErrorCode == ErrorCodes.ResultNotReturned);

        await kit.DossierAsync(DossierCode, TimeSpan.FromHours(1));
        Assert.True((await kit.Sms.SubmitAsync(new SmsReply("0912345678", $"DG {DossierCode} HL"), Ct)).Succeeded);
        var again = await kit.Sms.SubmitAsync(new SmsReply("0912345678", $"DG {DossierCode} KHL"), Ct);
        Assert.Contains(again.Errors, e => e.ErrorCode == ErrorCodes.AlreadyRated);
        Assert.Single(kit.Ratings.Ratings);
    }
}
