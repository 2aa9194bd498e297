using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels.Invitations;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.Ratings;
using SatisfactionKit.Testing;

namespace SatisfactionKit.EfCore.Tests.Channels;

/// <summary>The invitation records and the response rate per channel, once per provider by the derived classes.</summary>
public abstract class RatingInvitationStoreTests : StoreFixtureTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private IRatingInvitationStore Store => Fixture.Services.GetRequiredService<IRatingInvitationStore>();

    [Fact]
    public async Task Records_come_back_per_dossier_in_order_with_their_reason()
    {
        await AddAsync("HS-1", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Failed, Day, "SMTP 550: mailbox unavailable");
        await AddAsync("HS-1", "UBND-Q1", RatingChannel.Sms, RatingInvitationOutcome.Sent, Day.AddMinutes(5));

        var records = await Store.ListAsync("HS-1", Ct);

        Assert.Equal([RatingChannel.Email, RatingChannel.Sms], records.Select(r => r.Channel));
        Assert.Equal("SMTP 550: mailbox unavailable", records[0].FailureReason);
        Assert.Equal(Day, records[0].At);
        Assert.Equal((3, "1.001234"), (records[1].Attempts, records[1].ProcedureCode));
    }

    [Fact]
    public async Task The_response_rate_counts_dossiers_once_and_only_ratings_on_the_invited_channel()
    {
        // E-mail: HS-1 (twice), HS-2, HS-3 (failed, then sent: sent), HS-4 (failed only); SMS: HS-5, HS-6; HS-9 in another unit.
        await AddAsync("HS-1", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Sent, Day);
        await AddAsync("HS-1", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Sent, Day.AddDays(2));
        await AddAsync("HS-2", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Sent, Day);
        await AddAsync("HS-3", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Failed, Day);
        await AddAsync("HS-3", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Sent, Day.AddHours(1));
        await AddAsync("HS-4", "UBND-Q1", RatingChannel.Email, RatingInvitationOutcome.Failed, Day);
        await AddAsync("HS-5", "UBND-Q1", RatingChannel.Sms, RatingInvitationOutcome.Sent, Day);
        await AddAsync("HS-6", "UBND-Q1", RatingChannel.Sms, RatingInvitationOutcome.Sent, Day);
        await AddAsync("HS-9", "UBND-Q3", RatingChannel.Email, RatingInvitationOutcome.Sent, Day);

        // Rated: HS-1 and HS-3 by e-mail, HS-2 only at the counter, HS-5 by SMS, HS-9 by e-mail.
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "HS-1", channel: RatingChannel.Email), Ct);
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "HS-3", channel: RatingChannel.Email), Ct);
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "HS-2", channel: RatingChannel.CounterPad), Ct);
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "HS-5", channel: RatingChannel.Sms), Ct);
        await Fixture.Ratings.AddAsync(Samples.Rating(dossierCode: "HS-9", channel: RatingChannel.Email), Ct);

        var q1 = await Store.GetResponseRatesAsync(Day.AddHours(-1), Day.AddDays(3), ["UBND-Q1"], Ct);
        var all = await Store.GetResponseRatesAsync(Day.AddHours(-1), Day.AddDays(3), null, Ct);
        var firstDay = await Store.GetResponseRatesAsync(Day.AddHours(-1), Day.AddMinutes(30), ["UBND-Q1"], Ct);

        Assert.Equal(new ChannelResponseRate(RatingChannel.Email, Invited: 3, Failed: 1, Rated: 2), q1.Single(r => r.Channel == RatingChannel.Email));
        Assert.Equal(new ChannelResponseRate(RatingChannel.Sms, Invited: 2, Failed: 0, Rated: 1), q1.Single(r => r.Channel == RatingChannel.Sms));
        Assert.Equal(new ChannelResponseRate(RatingChannel.Email, Invited: 4, Failed: 1, Rated: 3), all.Single(r => r.Channel == RatingChannel.Email));

        // Before HS-3's second try it had only failed.
        Assert.Equal(new ChannelResponseRate(RatingChannel.Email, Invited: 2, Failed: 2, Rated: 1), firstDay.Single(r => r.Channel == RatingChannel.Email));
    }

    private async Task AddAsync(string dossier, string unit, RatingChannel channel, RatingInvitationOutcome outcome, DateTimeOffset at, string? reason = null) =>
        await Store.AddAsync(new RatingInvitationRecord(Guid.CreateVersion7(), dossier, unit, "1.001234", channel, outcome, 3, reason, at), Ct);
}

/// <summary>Invitations over SQLite.</summary>
public sealed class SqliteRatingInvitationStoreTests : RatingInvitationStoreTests
{
    protected override string Provider => "sqlite";
}

/// <summary>Invitations over PostgreSQL.</summary>
public sealed class PostgresRatingInvitationStoreTests : RatingInvitationStoreTests
{
    protected override string Provider => "postgres";
}
