using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Tt01;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

/// <summary>TT01/2018 indicators 1–4 and 7 from dossier data, against points worked out by hand from the rules.</summary>
public sealed class Tt01IndicatorTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly DateTimeOffset Due = new(2026, 11, 10, 17, 0, 0, Vietnam);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2026-11-09T16:00:00+07:00", 2)] // the day before the due day: early
    [InlineData("2026-11-10T08:00:00+07:00", 1)] // the due day itself: on time
    [InlineData("2026-11-10T23:30:00+07:00", 1)] // late evening of the due day: still on time
    [InlineData("2026-11-11T00:30:00+07:00", 0)] // 17:30 UTC on the 10th, but the 11th in Vietnam: late
    public void Indicator_1_compares_the_resolution_day_with_the_due_day_in_Vietnam(string resolved, int points)
    {
        var score = Tt01Indicators.Score(new DossierProcessing { DueAt = Due, ResolvedAt = DateTimeOffset.Parse(resolved, System.Globalization.CultureInfo.InvariantCulture) }, new(), Zone);

        Assert.Equal(new Dictionary<string, int> { ["CT1"] = points }, score);
    }

    [Fact]
    public void Indicators_2_to_4_and_7_follow_the_thresholds_and_a_missing_field_is_left_to_the_form()
    {
        AgencyStep Step(int dueDay, int? doneDay) => new("SO-TNMT", new(2026, 11, dueDay, 17, 0, 0, Vietnam), doneDay is { } d ? new(2026, 11, d, 9, 0, 0, Vietnam) : null);
        var options = new Tt01ScoringOptions();

        Assert.Equal(2, Tt01Indicators.Score(new DossierProcessing { AgencySteps = [Step(5, 5), Step(9, 8)] }, options, Zone)["CT2"]);
        Assert.Equal(0, Tt01Indicators.Score(new DossierProcessing { AgencySteps = [Step(5, 5), Step(9, 10)] }, options, Zone)["CT2"]);
        Assert.Empty(Tt01Indicators.Score(new DossierProcessing { AgencySteps = [Step(5, null)] }, options, Zone));
        Assert.Empty(Tt01Indicators.Score(new DossierProcessing { AgencySteps = [] }, options, Zone));
        Assert.Equal([2, 2, 1, 0, 0], new[] { 0, 1, 2, 3, 7 }.Select(c => Tt01Indicators.Score(new DossierProcessing { ContactsToComplete = c }, options, Zone)["CT3"]));
        Assert.Equal([2, 2, 1, 0], new[] { 0, 1, 2, 3 }.Select(a => Tt01Indicators.Score(new DossierProcessing { AgenciesContacted = a }, options, Zone)["CT4"]));
        Assert.Equal([2, 0, 0], new[] { 0, 1, 4 }.Select(k => Tt01Indicators.Score(new DossierProcessing { VerifiedAttitudeComplaints = k }, options, Zone)["CT7"]));
        Assert.Empty(Tt01Indicators.Score(new DossierProcessing { DueAt = Due }, options, Zone));

        // A province that allows two contacts for full points.
        Assert.Equal(2, Tt01Indicators.Score(new DossierProcessing { ContactsToComplete = 2 }, new Tt01ScoringOptions { ContactsForTwoPoints = 2, ContactsForOnePoint = 3 }, Zone)["CT3"]);
    }

    [Fact]
    public async Task A_form_gets_the_computed_points_in_place_of_typed_ones_and_keeps_the_rest_as_typed()
    {
        await using var kit = new ChannelFixture();
        const string code = "000.00.17.H29-261102-0042";
        await kit.DossierAsync(code, returnedAgo: TimeSpan.FromDays(1));
        kit.Channels.Processing[code] = new DossierProcessing
        {
            DueAt = Due,
            ResolvedAt = Due.AddDays(-2),     // early: CT1 = 2
            ContactsToComplete = 3,           // more than 2: CT3 = 0
            VerifiedAttitudeComplaints = 0,   // none: CT7 = 2
        };                                    // no agency steps nor agency count: CT2, CT4 as typed
        var typed = Enumerable.Range(1, 9).Select(i => new AnswerSubmission($"CT{i}", "1")).ToList();
        var submission = new RatingSubmission
        {
            SchemeCode = RatingSchemes.Tt01Code,
            Dossier = CoreFixture.Dossier(code),
            Channel = RatingChannel.Paper,
            Answers = typed,
            ResultReturnedAt = kit.Time.GetUtcNow().AddDays(-1),
        };

        var completion = await kit.Services.GetRequiredService<ITt01AnswerService>().CompleteAsync(submission, Ct);

        Assert.Equal(["CT1", "CT3", "CT7"], completion.Computed);
        var points = completion.Submission.Answers.ToDictionary(a => a.CriterionCode, a => a.LevelCode);
        Assert.Equal(9, points.Count);
        Assert.Equal(("2", "1", "0", "1", "1", "1", "2", "1", "1"), (points["CT1"], points["CT2"], points["CT3"], points["CT4"], points["CT5"], points["CT6"], points["CT7"], points["CT8"], points["CT9"]));

        // Stored as any rating; its TT01 total by hand: 2+1+0+1+1+1+2+1+1 = 10.
        var stored = await kit.Services.GetRequiredService<IRatingService>().SubmitAsync(completion.Submission, Ct);
        Assert.True(stored.Succeeded, string.Join("; ", stored.Errors.Select(e => e.ErrorMessage)));
        Assert.Equal(10, stored.Rating!.Answers.Sum(a => a.Value));

        // Another scheme, or a dossier the source knows nothing of: unchanged.
        var other = await kit.Services.GetRequiredService<ITt01AnswerService>().CompleteAsync(submission with { SchemeCode = RatingSchemes.Hanoi2014Code }, Ct);
        var unknown = await kit.Services.GetRequiredService<ITt01AnswerService>().CompleteAsync(submission with { Dossier = CoreFixture.Dossier("HS-KHAC") }, Ct);
        Assert.Empty(other.Computed);
        Assert.Same(typed, unknown.Submission.Answers);
    }
}
