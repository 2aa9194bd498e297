using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Notifications.Tests;

/// <summary>The response rate per channel: invited dossiers rated on the channel they were invited on.</summary>
public sealed class ResponseRateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_channel_counts_its_invited_dossiers_once_and_those_rated_on_that_channel()
    {
        await using var kit = await InvitationFixture.CreateAsync(Ct);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var returned = DateTimeOffset.UtcNow.AddHours(-2);
        foreach (var code in new[] { "HS-E1", "HS-E2", "HS-E3", "HS-S1", "HS-S2" })
        {
            kit.OneStop.Add(code, "UBND-Q1", returned);
            kit.OneStop.Phones[code] = "0912345678";
        }

        kit.OneStop.Add("HS-P1", "UBND-Q3", returned);
        await InviteAsync(kit, "HS-E1", "a@example.vn", RatingChannel.Email);
        await InviteAsync(kit, "HS-E1", "a@example.vn", RatingChannel.Email); // a reminder: still one dossier
        await InviteAsync(kit, "HS-E2", "b@example.vn", RatingChannel.Email);
        await InviteAsync(kit, "HS-E3", "c@" + LoopbackSmtpServer.RejectedDomain, RatingChannel.Email); // fails
        await InviteAsync(kit, "HS-S1", "0912345678", RatingChannel.Sms);
        await InviteAsync(kit, "HS-S2", "0912345678", RatingChannel.Sms);
        await InviteAsync(kit, "HS-P1", "d@example.vn", RatingChannel.Email); // another unit

        // HS-E1 rated from its e-mail link; HS-E2 rated, but by SMS (not a response to the e-mail); HS-S1 by SMS reply.
        await RateAsync(kit, "HS-E1", RatingChannel.Email, returned);
        var sms = kit.Services.GetRequiredService<ISmsRatingService>();
        Assert.True((await sms.SubmitAsync(new SmsReply("0912345678", "DG HS-E2 HL"), Ct)).Succeeded);
        Assert.True((await sms.SubmitAsync(new SmsReply("0912345678", "DG HS-S1 HL"), Ct)).Succeeded);

        var rates = await kit.Store.GetResponseRatesAsync(start, DateTimeOffset.UtcNow.AddMinutes(1), ["UBND-Q1"], Ct);

        Assert.Equal(
            [new ChannelResponseRate(RatingChannel.Sms, Invited: 2, Failed: 0, Rated: 1), new ChannelResponseRate(RatingChannel.Email, Invited: 2, Failed: 1, Rated: 1)],
            rates.OrderBy(r => r.Channel == RatingChannel.Email));
        var email = rates.Single(r => r.Channel == RatingChannel.Email);
        Assert.Equal(50m, email.ResponseRate);

        // Wilson score interval for 1 of 2, computed here: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
        const double z = 1.959963984540054;
        double p = 0.5, n = 2;
        var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n))) / (1 + (z * z / n));
        Assert.Equal((centre - half) * 100, (double)email.ResponseRateInterval!.Lower, 6);
        Assert.Equal((centre + half) * 100, (double)email.ResponseRateInterval.Upper, 6);
        Assert.Equal(2, email.ResponseRateInterval.SampleSize);

        // Every unit, and a range before the invitations.
        Assert.Equal(3, (await kit.Store.GetResponseRatesAsync(start, DateTimeOffset.UtcNow.AddMinutes(1), null, Ct)).Single(r => r.Channel == RatingChannel.Email).Invited);
        Assert.Empty(await kit.Store.GetResponseRatesAsync(start.AddDays(-1), start, null, Ct));
    }

    private static async Task InviteAsync(InvitationFixture kit, string dossier, string recipient, RatingChannel channel) =>
        await kit.Invitations.InviteAsync(new RatingInvitationRequest(dossier, recipient, channel), Ct);

    private static async Task RateAsync(InvitationFixture kit, string dossier, RatingChannel channel, DateTimeOffset returned)
    {
        var scheme = kit.Services.GetRequiredService<IOptions<SatisfactionKitOptions>>().Value.DefaultScheme;
        var best = scheme.Levels.MaxBy(l => l.Value)!;
        var status = (await kit.OneStop.FindAsync(dossier, Ct))!;
        var result = await kit.Services.GetRequiredService<IRatingService>().SubmitAsync(
            new RatingSubmission
            {
                Dossier = status.Dossier,
                Channel = channel,
                Answers = [.. scheme.Criteria.Where(c => c.Requirement == CriterionRequirement.Required).Select(c => new AnswerSubmission(c.Code, best.Code))],
                ResultReturnedAt = returned,
            },
            Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }
}
