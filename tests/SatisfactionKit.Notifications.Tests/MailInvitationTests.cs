using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Localization;
using SatisfactionKit.Notifications.Mail;
using SatisfactionKit.Ratings;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>E-mail invitations through a real SMTP server on 127.0.0.1, recorded in a SQLite file.</summary>
public sealed class MailInvitationTests : IAsyncLifetime
{
    private const string Dossier = "000.00.17.H29-261102-0001";
    private InvitationFixture? _fixture;

    private InvitationFixture Kit => _fixture!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _fixture = await InvitationFixture.CreateAsync(Ct);
        Kit.OneStop.Add(Dossier, "UBND-Q1", DateTimeOffset.UtcNow.AddHours(-1));
    }

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_mail_server_receives_the_signed_link_and_the_invitation_is_recorded_as_sent()
    {
        var result = await Kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "Nguyễn Văn A <cong.dan@example.vn>", RatingChannel.Email), Ct);

        Assert.Equal(RatingInvitationOutcome.Sent, result.Outcome);
        Assert.Equal(1, result.Attempts);
        var message = Assert.Single(Kit.Smtp.Messages);
        Assert.Equal("cong.dan@example.vn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("khong-tra-loi@motcua.example.vn", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal($"Đánh giá mức độ hài lòng – hồ sơ {Dossier}", message.Subject);
        Assert.Contains(result.Link!.AbsoluteUri, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(result.Link.AbsoluteUri)}\"", message.HtmlBody, StringComparison.Ordinal);

        // The link keeps the page's own query and carries a token the channel accepts for this dossier.
        var query = HttpUtility.ParseQueryString(result.Link.Query);
        Assert.Equal("moi", query["nguon"]);
        var token = Kit.Links.Validate(query["t"]);
        Assert.True(token.IsValid);
        Assert.Equal(Dossier, token.DossierCode);

        var record = Assert.Single(await Kit.Store.ListAsync(Dossier, Ct));
        Assert.Equal((RatingChannel.Email, RatingInvitationOutcome.Sent, 1, "UBND-Q1", "1.001234"), (record.Channel, record.Outcome, record.Attempts, record.UnitCode, record.ProcedureCode));
        Assert.Null(record.FailureReason);
    }

    [Fact]
    public async Task A_try_again_later_answer_is_retried_until_the_server_takes_the_message()
    {
        Kit.Smtp.TransientFailures = 2;

        var result = await Kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "cong.dan@example.vn", RatingChannel.Email), Ct);

        Assert.Equal((RatingInvitationOutcome.Sent, 3), (result.Outcome, result.Attempts));
        Assert.Equal(2, Kit.Smtp.TransientFailuresGiven);
        Assert.Single(Kit.Smtp.Messages);
        Assert.Equal(3, Assert.Single(await Kit.Store.ListAsync(Dossier, Ct)).Attempts);
    }

    [Fact]
    public async Task An_unknown_mailbox_fails_at_once_and_the_server_reply_is_recorded()
    {
        var result = await Kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "ai.do@" + LoopbackSmtpServer.RejectedDomain, RatingChannel.Email), Ct);

        Assert.Equal((RatingInvitationOutcome.Failed, 1), (result.Outcome, result.Attempts));
        Assert.Empty(Kit.Smtp.Messages);
        var record = Assert.Single(await Kit.Store.ListAsync(Dossier, Ct));
        Assert.Equal(RatingInvitationOutcome.Failed, record.Outcome);
        Assert.StartsWith("SMTP 5", record.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_is_tried_max_attempts_times_then_recorded_as_failed()
    {
        await Kit.Smtp.DisposeAsync();

        var result = await Kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "cong.dan@example.vn", RatingChannel.Email), Ct);

        Assert.Equal((RatingInvitationOutcome.Failed, 4), (result.Outcome, result.Attempts));
        var record = Assert.Single(await Kit.Store.ListAsync(Dossier, Ct));
        Assert.Equal((RatingInvitationOutcome.Failed, 4), (record.Outcome, record.Attempts));
        Assert.StartsWith("SMTP: ", record.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dossier_or_one_without_a_returned_result_is_refused_and_neither_sent_nor_recorded()
    {
        Kit.OneStop.Add("HS-CHUA-TRA", "UBND-Q1", returnedAt: null);

        var unknown = await UiCulture.RunAsync("en-GB", async () => await Kit.Invitations.InviteAsync(new RatingInvitationRequest("HS-KHONG-CO", "a@example.vn", RatingChannel.Email), Ct));
        var early = await UiCulture.RunAsync("vi-VN", async () => await Kit.Invitations.InviteAsync(new RatingInvitationRequest("HS-CHUA-TRA", "a@example.vn", RatingChannel.Email), Ct));

        Assert.Equal((RatingInvitationOutcome.Refused, ErrorCodes.DossierUnknown, 0), (unknown.Outcome, unknown.ErrorCode, unknown.Attempts));
        Assert.Equal("Dossier 'HS-KHONG-CO' was not found.", unknown.Message);
        Assert.Equal((RatingInvitationOutcome.Refused, ErrorCodes.ResultNotReturned), (early.Outcome, early.ErrorCode));
        Assert.StartsWith("Hồ sơ 'HS-CHUA-TRA' chưa được trả kết quả", early.Message, StringComparison.Ordinal);
        Assert.Empty(Kit.Smtp.Messages);
        Assert.Empty(await Kit.Store.ListAsync("HS-KHONG-CO", Ct));
        Assert.Empty(await Kit.Store.ListAsync("HS-CHUA-TRA", Ct));
    }

    [Fact]
    public async Task A_channel_other_than_sms_or_email_is_a_programming_error()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await Kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "a@example.vn", RatingChannel.Online), Ct));
    }

    [Fact]
    public void The_host_refuses_to_start_without_a_mail_server_a_sender_address_or_a_rating_page()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSatisfactionKit().AddRatingInvitations().AddMailInvitations(o => o.From = "khong phai dia chi");
        using var provider = services.BuildServiceProvider();

        var smtp = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SmtpOptions>>().Value);
        var invitations = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RatingInvitationOptions>>().Value);

        Assert.Contains(smtp.Failures, f => f.StartsWith("SmtpOptions.Host:", StringComparison.Ordinal));
        Assert.Contains(smtp.Failures, f => f.StartsWith("SmtpOptions.From:", StringComparison.Ordinal));
        Assert.Contains(invitations.Failures, f => f.StartsWith("RatingInvitationOptions.RatingPage:", StringComparison.Ordinal));
        Assert.Contains(invitations.Failures, f => f.StartsWith("IRatingInvitationStore:", StringComparison.Ordinal));
    }
}
