using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>SMS invitations posted as JSON to a gateway on Kestrel at 127.0.0.1.</summary>
public sealed class SmsInvitationTests
{
    private const string Dossier = "000.00.17.H29-261102-0002";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_gateway_gets_the_number_the_text_with_the_link_the_dossier_and_the_bearer_key()
    {
        await using var kit = await KitAsync();

        var result = await kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "0912345678", RatingChannel.Sms), Ct);

        Assert.Equal((RatingInvitationOutcome.Sent, 1), (result.Outcome, result.Attempts));
        var (authorization, body) = Assert.Single(kit.Sms.Requests);
        Assert.Equal("Bearer " + LoopbackSmsGateway.Key, authorization);
        Assert.Equal("0912345678", body.GetProperty("to").GetString());
        Assert.Equal(Dossier, body.GetProperty("reference").GetString());
        Assert.Equal("MOTCUA", body.GetProperty("sender").GetString());
        Assert.Equal($"Kinh moi Ong/Ba danh gia muc do hai long ve ho so {Dossier}: {result.Link!.AbsoluteUri}", body.GetProperty("text").GetString());
        Assert.Equal(RatingChannel.Sms, Assert.Single(await kit.Store.ListAsync(Dossier, Ct)).Channel);
    }

    [Fact]
    public async Task A_busy_gateway_is_retried_and_a_refused_number_is_not()
    {
        await using var kit = await KitAsync();
        kit.Sms.TransientFailures = 1;

        var busy = await kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "0912345678", RatingChannel.Sms), Ct);
        var refused = await kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "000123", RatingChannel.Sms), Ct);

        Assert.Equal((RatingInvitationOutcome.Sent, 2), (busy.Outcome, busy.Attempts));
        Assert.Equal((RatingInvitationOutcome.Failed, 1), (refused.Outcome, refused.Attempts));
        Assert.Equal(3, kit.Sms.Requests.Count);
        var records = await kit.Store.ListAsync(Dossier, Ct);
        Assert.Equal([RatingInvitationOutcome.Sent, RatingInvitationOutcome.Failed], records.Select(r => r.Outcome));
        Assert.StartsWith("SMS gateway HTTP 400: ", records[1].FailureReason, StringComparison.Ordinal);
        Assert.Contains("invalid number", records[1].FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_a_refusal_for_good()
    {
        await using var kit = await KitAsync(smsKey: "khoa-sai");

        var result = await kit.Invitations.InviteAsync(new RatingInvitationRequest(Dossier, "0912345678", RatingChannel.Sms), Ct);

        Assert.Equal((RatingInvitationOutcome.Failed, 1), (result.Outcome, result.Attempts));
        Assert.StartsWith("SMS gateway HTTP 401", result.Message, StringComparison.Ordinal);
        Assert.Equal("Bearer khoa-sai", Assert.Single(kit.Sms.Requests).Authorization);
    }

    private static async Task<InvitationFixture> KitAsync(string smsKey = LoopbackSmsGateway.Key)
    {
        var kit = await InvitationFixture.CreateAsync(Ct, smsKey);
        kit.OneStop.Add(Dossier, "UBND-Q1", DateTimeOffset.UtcNow.AddHours(-1));
        return kit;
    }
}
