using SatisfactionKit.Testing;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

/// <summary>Rating by unit → officer without a dossier code (channel OnlineByOfficer).</summary>
public sealed class OfficerRatingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RatingSubmission ByOfficer() => new()
    {
        SchemeCode = RatingSchemes.Hanoi2014Code,
        Officer = new OfficerReference("UBND-Q1", "CB-007"),
        Channel = RatingChannel.OnlineByOfficer,
        Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "HL")],
    };

    [Fact]
    public async Task A_unit_and_officer_rating_is_stored_without_a_dossier_on_its_own_channel()
    {
        await using var kit = new CoreFixture();

        var result = await kit.Ratings.SubmitAsync(ByOfficer(), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
        Assert.Null(result.Rating!.Dossier);
        Assert.Equal(new OfficerReference("UBND-Q1", "CB-007"), result.Rating.Officer);
        Assert.Equal(RatingChannel.OnlineByOfficer, result.Rating.Channel);
    }

    public static TheoryData<string, Func<RatingSubmission>> Wrong => new()
    {
        { "officer on another channel", () => ByOfficer() with { Channel = RatingChannel.Online } },
        { "the channel without an officer", () => ByOfficer() with { Officer = null, SurveyId = "KS-1" } },
        { "officer and dossier", () => ByOfficer() with { Dossier = CoreFixture.Dossier(), ResultReturnedAt = DateTimeOffset.UnixEpoch } },
    };

    [Theory]
    [MemberData(nameof(Wrong))]
    public async Task The_officer_and_its_channel_go_together(string _, Func<RatingSubmission> submission)
    {
        await using var kit = new CoreFixture();

        var vi = await UiCulture.RunAsync("vi-VN", async () => await kit.Ratings.SubmitAsync(submission(), Ct));
        var en = await UiCulture.RunAsync("en-GB", async () => await kit.Ratings.SubmitAsync(submission(), Ct));

        Assert.Contains(vi.Errors, e => e.ErrorCode == ErrorCodes.OfficerChannel && e.ErrorMessage.Contains("chỉ dùng kênh OnlineByOfficer", StringComparison.Ordinal));
        Assert.Contains(en.Errors, e => e.ErrorCode == ErrorCodes.OfficerChannel && e.ErrorMessage.Contains("uses channel OnlineByOfficer only", StringComparison.Ordinal));
        Assert.Empty(kit.Stores.Ratings);
    }

    [Fact]
    public async Task An_officer_rating_needs_unit_and_officer_codes()
    {
        await using var kit = new CoreFixture();

        var result = await kit.Ratings.SubmitAsync(ByOfficer() with { Officer = new OfficerReference("UBND-Q1", "") }, Ct);

        Assert.Contains(result.Errors, e => e.PropertyName == "Officer.OfficerId");
        Assert.Empty(kit.Stores.Ratings);
    }
}
