using System.Collections.Concurrent;
using SatisfactionKit.Localization;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Core.Tests;

/// <summary>The counter prompt flow, on a fake clock: nothing here sleeps.</summary>
public sealed class PromptCoordinatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PromptRequest Request(string counter = "QUAY-01", string dossier = "000.00.17.H29-261102-0001", string? scheme = null) =>
        new(counter, CoreFixture.Dossier(dossier, counter), SchemeCode: scheme);

    [Theory]
    [InlineData("counter", "Trường 'CounterId' dài 65 ký tự; tối đa 64.", "Field 'CounterId' is 65 characters long; at most 64 are allowed.")]
    [InlineData("dossier", "Trường 'Dossier.DossierCode' chứa ký tự điều khiển không được phép (mã U+0000, ở vị trí 9)", "'Dossier.DossierCode' holds a control character")]
    public async Task A_prompt_whose_record_would_not_fit_its_columns_is_refused_before_anything_is_kept(string what, string vietnamese, string english)
    {
        await using var kit = new CoreFixture();
        var request = what == "counter"
            ? Request() with { CounterId = new string('Q', 65) }
            : Request() with { Dossier = Request().Dossier with { DossierCode = "000.00.17\0H29" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await kit.Coordinator.OpenAsync(request, Ct));

        Assert.StartsWith(vietnamese, error.Message, StringComparison.Ordinal);
        Assert.Contains(english, error.Message, StringComparison.Ordinal);
        Assert.Empty(kit.Stores.Prompts);
        var stray = await Assert.ThrowsAsync<ArgumentException>(async () => await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = new string('H', 33) }, Ct));
        Assert.Contains("'LevelCode'", stray.Message, StringComparison.Ordinal);
        Assert.Empty(kit.Stores.StrayPresses);
    }

    [Fact]
    public async Task A_satisfied_press_completes_the_prompt_and_stores_a_rating_against_the_dossier()
    {
        await using var kit = new CoreFixture();
        var opened = await kit.Coordinator.OpenAsync(Request(), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));

        var press = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL", DeviceId = "PAD-A1B2" }, Ct);

        Assert.Equal(PromptState.AwaitingAnswer, opened.State);
        Assert.Equal(PressDisposition.Rated, press.Disposition);
        var rating = Assert.Single(kit.Stores.Ratings);
        Assert.Equal(press.RatingId, rating.Id);
        Assert.Equal("000.00.17.H29-261102-0001", rating.Dossier!.DossierCode);
        Assert.Equal("QUAY-01", rating.Dossier.CounterId);
        Assert.Equal(RatingChannel.CounterPad, rating.Channel);
        Assert.Equal("PAD-A1B2", rating.DeviceId);
        Assert.Equal(opened.PromptId, rating.PromptId);
        Assert.True(rating.IsSatisfied);
        Assert.Equal(4, rating.Answers.Count);
        var record = Assert.Single(kit.Stores.Prompts);
        Assert.Equal((PromptState.Rated, rating.Id), (record.Outcome, record.RatingId));
        Assert.Equal(PromptState.Rated, kit.Coordinator.GetStatus("QUAY-01")!.State);
    }

    [Fact]
    public async Task A_prompt_nobody_answers_expires_after_the_timeout_and_is_recorded()
    {
        await using var kit = new CoreFixture(o => o.PromptTimeout = TimeSpan.FromSeconds(30));
        await kit.Coordinator.OpenAsync(Request(), Ct);

        kit.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(PromptState.AwaitingAnswer, kit.Coordinator.GetStatus("QUAY-01")!.State);
        kit.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(PromptState.Expired, kit.Coordinator.GetStatus("QUAY-01")!.State);
        var record = Assert.Single(kit.Stores.Prompts);
        Assert.Equal(PromptState.Expired, record.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), record.ClosedAt - record.OpenedAt);
        Assert.Empty(kit.Stores.Ratings);
    }

    [Fact]
    public async Task A_cancelled_prompt_is_recorded_and_a_later_press_is_stray()
    {
        await using var kit = new CoreFixture();
        await kit.Coordinator.OpenAsync(Request(), Ct);

        Assert.True(await kit.Coordinator.CancelAsync("QUAY-01", Ct));
        Assert.False(await kit.Coordinator.CancelAsync("QUAY-01", Ct));
        var press = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Equal(PromptState.Cancelled, Assert.Single(kit.Stores.Prompts).Outcome);
        Assert.Equal((PressDisposition.Stray, StrayPressReason.NoOpenPrompt), (press.Disposition, press.StrayReason));
        Assert.Empty(kit.Stores.Ratings);
        // The cancelled prompt's timer must not fire into the counter later.
        kit.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(kit.Stores.Prompts);
    }

    [Fact]
    public async Task Opening_a_second_prompt_cancels_the_first_and_the_answer_goes_to_the_second()
    {
        await using var kit = new CoreFixture();
        var first = await kit.Coordinator.OpenAsync(Request(dossier: "HS-0001"), Ct);
        var second = await kit.Coordinator.OpenAsync(Request(dossier: "HS-0002"), Ct);

        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Collection(
            kit.Stores.Prompts,
            p => Assert.Equal((first.PromptId, PromptState.Cancelled), (p.Id, p.Outcome)),
            p => Assert.Equal((second.PromptId, PromptState.Rated), (p.Id, p.Outcome)));
        Assert.Equal("HS-0002", Assert.Single(kit.Stores.Ratings).Dossier!.DossierCode);
    }

    [Fact]
    public async Task Hanoi_dissatisfied_opens_the_follow_up_and_the_named_criteria_are_stored()
    {
        await using var kit = new CoreFixture();
        await kit.Coordinator.OpenAsync(Request(), Ct);

        var first = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);
        var follow = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", CriterionCodes = ["THAI_DO", "THOI_GIAN_CHI_PHI"] }, Ct);

        Assert.Equal(PressDisposition.FollowUpRequested, first.Disposition);
        Assert.Equal((PromptState.AwaitingFollowUp, FollowUpKind.DissatisfiedCriteria), (first.Status!.State, first.Status.FollowUp));
        Assert.Equal(PressDisposition.Rated, follow.Disposition);
        var rating = Assert.Single(kit.Stores.Ratings);
        Assert.Equal(
            [("THONG_TIN_CSVC", "HL"), ("HO_SO", "HL"), ("THAI_DO", "KHL"), ("THOI_GIAN_CHI_PHI", "KHL")],
            rating.Answers.Select(a => (a.CriterionCode, a.LevelCode)));
    }

    [Fact]
    public async Task A_pad_with_one_button_per_criterion_rates_dissatisfaction_in_one_press()
    {
        await using var kit = new CoreFixture();
        await kit.Coordinator.OpenAsync(Request(), Ct);

        var press = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL", CriterionCodes = ["HO_SO"] }, Ct);

        Assert.Equal(PressDisposition.Rated, press.Disposition);
        Assert.Equal(["HO_SO"], Assert.Single(kit.Stores.Ratings).Answers.Where(a => !a.IsSatisfied).Select(a => a.CriterionCode));
    }

    [Fact]
    public async Task Hanoi_follow_up_that_expires_stores_a_dissatisfied_rating_with_criterion_not_stated()
    {
        await using var kit = new CoreFixture(o => o.FollowUpTimeout = TimeSpan.FromSeconds(20));
        await kit.Coordinator.OpenAsync(Request(), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(25));
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);

        // The follow-up has its own timeout: the prompt's original 30 s no longer applies.
        kit.Time.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(PromptState.AwaitingFollowUp, kit.Coordinator.GetStatus("QUAY-01")!.State);
        kit.Time.Advance(TimeSpan.FromSeconds(1));

        // The citizen walked away without naming a criterion: the press still counts, as dissatisfied,
        // and is blamed on no criterion (dropping it would push the satisfied rate up).
        var rating = Assert.Single(kit.Stores.Ratings);
        Assert.False(rating.IsSatisfied);
        var answer = Assert.Single(rating.Answers);
        Assert.Equal((RatingScheme.NotStatedCriterionCode, "KHL", false), (answer.CriterionCode, answer.LevelCode, answer.IsSatisfied));
        var record = Assert.Single(kit.Stores.Prompts);
        Assert.Equal((PromptState.Rated, rating.Id), (record.Outcome, record.RatingId));
    }

    [Fact]
    public async Task A_follow_up_that_collects_criteria_takes_several_until_the_confirm_press()
    {
        await using var kit = new CoreFixture(o => o.CollectSeveralCriteria = true);
        await kit.Coordinator.OpenAsync(Request(), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);

        var first = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", CriterionCodes = ["HO_SO"] }, Ct);
        var second = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", CriterionCodes = ["THAI_DO"] }, Ct);
        var again = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", CriterionCodes = ["HO_SO"] }, Ct);
        Assert.Empty(kit.Stores.Ratings);
        var confirmed = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", Confirms = true }, Ct);

        Assert.Equal([PressDisposition.CriterionAdded, PressDisposition.CriterionAdded, PressDisposition.CriterionAdded, PressDisposition.Rated], new[] { first, second, again, confirmed }.Select(p => p.Disposition));
        var rating = Assert.Single(kit.Stores.Ratings);
        Assert.Equal(["HO_SO", "THAI_DO"], rating.Answers.Where(a => !a.IsSatisfied).Select(a => a.CriterionCode));
        Assert.Equal(["THONG_TIN_CSVC", "THOI_GIAN_CHI_PHI"], rating.Answers.Where(a => a.IsSatisfied).Select(a => a.CriterionCode));
    }

    [Fact]
    public async Task A_collecting_follow_up_that_times_out_stores_what_was_named_each_press_restarting_the_wait()
    {
        await using var kit = new CoreFixture(o =>
        {
            o.CollectSeveralCriteria = true;
            o.FollowUpTimeout = TimeSpan.FromSeconds(20);
        });
        await kit.Coordinator.OpenAsync(Request(), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(15));
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", CriterionCodes = ["THOI_GIAN_CHI_PHI"] }, Ct);

        // 30 s after the level, but only 15 s after the criterion: still waiting for more.
        kit.Time.Advance(TimeSpan.FromSeconds(15));
        Assert.Empty(kit.Stores.Ratings);
        kit.Time.Advance(TimeSpan.FromSeconds(5));

        var rating = Assert.Single(kit.Stores.Ratings);
        Assert.Equal(["THOI_GIAN_CHI_PHI"], rating.Answers.Where(a => !a.IsSatisfied).Select(a => a.CriterionCode));
    }

    [Fact]
    public async Task A_confirm_press_before_any_criterion_is_criterion_not_stated()
    {
        await using var kit = new CoreFixture(o => o.CollectSeveralCriteria = true);
        await kit.Coordinator.OpenAsync(Request(), Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(4));
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);

        var confirmed = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", Confirms = true }, Ct);

        Assert.Equal(PressDisposition.Rated, confirmed.Disposition);
        Assert.Equal(RatingScheme.NotStatedCriterionCode, Assert.Single(Assert.Single(kit.Stores.Ratings).Answers).CriterionCode);
    }

    [Fact]
    public async Task Criterion_not_stated_stands_alone_at_a_dissatisfied_level_in_a_scheme_that_asks_for_criteria()
    {
        await using var kit = new CoreFixture();
        var notStated = new AnswerSubmission(RatingScheme.NotStatedCriterionCode, "KHL");

        var alone = await kit.Ratings.SubmitAsync(Submission([notStated]), Ct);
        var withOthers = await kit.Ratings.SubmitAsync(Submission([notStated, new("HO_SO", "KHL")], "HS-0002"), Ct);
        var satisfied = await kit.Ratings.SubmitAsync(Submission([notStated with { LevelCode = "HL" }], "HS-0003"), Ct);
        var otherScheme = await kit.Ratings.SubmitAsync(Submission([notStated with { LevelCode = "1" }], "HS-0004") with { SchemeCode = RatingSchemes.FiveStarCode }, Ct);

        Assert.True(alone.Succeeded, string.Join("; ", alone.Errors.Select(e => e.ErrorMessage)));
        Assert.All([withOthers, satisfied, otherScheme], r => Assert.Equal(ErrorCodes.NotStatedMisused, Assert.Single(r.Errors).ErrorCode));
        Assert.Single(kit.Stores.Ratings);
    }

    private static RatingSubmission Submission(IReadOnlyList<AnswerSubmission> answers, string dossier = "000.00.17.H29-261102-0001") => new()
    {
        SchemeCode = RatingSchemes.Hanoi2014Code,
        Dossier = CoreFixture.Dossier(dossier),
        Channel = RatingChannel.Online,
        ResultReturnedAt = new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.FromHours(7)),
        Answers = answers,
    };

    [Fact]
    public async Task Five_star_at_two_stars_asks_for_reasons_and_stores_the_stars_alone_if_none_come()
    {
        await using var kit = new CoreFixture();
        await kit.Coordinator.OpenAsync(Request(scheme: RatingSchemes.FiveStarCode), Ct);
        await kit.Coordinator.OpenAsync(Request(counter: "QUAY-02", dossier: "HS-0002", scheme: RatingSchemes.FiveStarCode), Ct);

        var a = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "2" }, Ct);
        var b = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-02", LevelCode = "2" }, Ct);
        var reasons = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", ReasonCodes = ["THOI_GIAN"] }, Ct);
        kit.Time.Advance(kit.Services.GetOptions().FollowUpTimeout);

        Assert.Equal(PressDisposition.FollowUpRequested, a.Disposition);
        Assert.Equal(FollowUpKind.Reasons, b.Status!.FollowUp);
        Assert.Equal(PressDisposition.Rated, reasons.Disposition);
        var byCounter = kit.Stores.Ratings.ToDictionary(r => r.Dossier!.CounterId!);
        Assert.Equal(["THOI_GIAN"], byCounter["QUAY-01"].Reasons);
        Assert.Empty(byCounter["QUAY-02"].Reasons);
        Assert.Equal("2", byCounter["QUAY-02"].Answers.Single().LevelCode);
        Assert.All(kit.Stores.Prompts, p => Assert.Equal(PromptState.Rated, p.Outcome));
    }

    [Fact]
    public async Task A_press_with_no_prompt_is_stray_and_never_a_rating()
    {
        await using var kit = new CoreFixture();

        var press = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-09", LevelCode = "HL", DeviceId = "PAD-9" }, Ct);

        Assert.Equal((PressDisposition.Stray, StrayPressReason.NoOpenPrompt), (press.Disposition, press.StrayReason));
        var stray = Assert.Single(kit.Stores.StrayPresses);
        Assert.Equal(("QUAY-09", "HL", "PAD-9"), (stray.CounterId, stray.LevelCode, stray.DeviceId));
        Assert.Empty(kit.Stores.Ratings);
    }

    [Fact]
    public async Task A_second_press_after_the_rating_is_recorded_as_a_second_press()
    {
        await using var kit = new CoreFixture();
        var prompt = await kit.Coordinator.OpenAsync(Request(), Ct);
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        var second = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);

        Assert.Equal(StrayPressReason.SecondPress, second.StrayReason);
        Assert.Equal(prompt.PromptId, Assert.Single(kit.Stores.StrayPresses).PromptId);
        Assert.True(Assert.Single(kit.Stores.Ratings).IsSatisfied);
    }

    [Fact]
    public async Task A_press_faster_than_the_response_interval_after_the_last_accepted_one_is_filtered()
    {
        await using var kit = new CoreFixture(o => o.MinimumResponseInterval = TimeSpan.FromSeconds(3));
        await kit.Coordinator.OpenAsync(Request(dossier: "HS-0001"), Ct);
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);
        await kit.Coordinator.OpenAsync(Request(dossier: "HS-0002"), Ct);

        kit.Time.Advance(TimeSpan.FromSeconds(2));
        var tooFast = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL", CriterionCodes = ["HO_SO"] }, Ct);
        kit.Time.Advance(TimeSpan.FromSeconds(1));
        var inTime = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Equal(StrayPressReason.TooFast, tooFast.StrayReason);
        Assert.Equal(PressDisposition.Rated, inTime.Disposition);
        Assert.Equal(["HS-0001", "HS-0002"], kit.Stores.Ratings.Select(r => r.Dossier!.DossierCode));
        Assert.All(kit.Stores.Ratings, r => Assert.True(r.IsSatisfied));
    }

    [Fact]
    public async Task Presses_that_do_not_fit_the_scheme_or_step_are_stray()
    {
        await using var kit = new CoreFixture();
        await kit.Coordinator.OpenAsync(Request(), Ct);
        await kit.Coordinator.OpenAsync(Request(counter: "QUAY-02", scheme: RatingSchemes.Sipas22Code), Ct);

        var unknownLevel = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "5" }, Ct);
        var sipas = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-02", LevelCode = "5" }, Ct);
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);
        var levelDuringFollowUp = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Equal(StrayPressReason.UnknownCode, unknownLevel.StrayReason);
        Assert.Equal(StrayPressReason.SchemeNeedsScreen, sipas.StrayReason);
        Assert.Equal(StrayPressReason.UnexpectedInput, levelDuringFollowUp.StrayReason);
        Assert.Equal(3, kit.Stores.StrayPresses.Count);
        Assert.Empty(kit.Stores.Ratings);
    }

    [Fact]
    public async Task A_dossier_already_rated_on_the_pad_is_refused_and_the_prompt_says_so()
    {
        await using var kit = new CoreFixture(o => o.MinimumResponseInterval = TimeSpan.Zero);
        await kit.Coordinator.OpenAsync(Request(), Ct);
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);
        await kit.Coordinator.OpenAsync(Request(), Ct);

        var again = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL", CriterionCodes = ["HO_SO"] }, Ct);

        Assert.Equal(PressDisposition.Refused, again.Disposition);
        Assert.Equal(PromptState.Refused, kit.Stores.Prompts.Last().Outcome);
        Assert.Contains("SK_ALREADY_RATED", kit.Stores.Prompts.Last().Note, StringComparison.Ordinal);
        Assert.Single(kit.Stores.Ratings);
    }

    [Fact]
    public async Task Listeners_follow_the_prompt_but_never_learn_the_level()
    {
        await using var kit = new CoreFixture();
        var seen = new ConcurrentQueue<PromptStatus>();
        using var _ = kit.Coordinator.Subscribe(new Listener(seen));

        await kit.Coordinator.OpenAsync(Request(), Ct);
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "KHL" }, Ct);
        await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", CriterionCodes = ["THAI_DO"] }, Ct);

        Assert.Equal([PromptState.AwaitingAnswer, PromptState.AwaitingFollowUp, PromptState.Rated], seen.Select(s => s.State));
        // What the officer's screen is given has no member that could carry the answer.
        Assert.DoesNotContain(typeof(PromptStatus).GetProperties(), p => p.Name.Contains("Level", StringComparison.Ordinal) || p.Name.Contains("Answer", StringComparison.Ordinal) || p.Name.Contains("Criteri", StringComparison.Ordinal));
        Assert.All(seen, s => Assert.DoesNotContain("KHL", s.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_listener_does_not_break_the_prompt()
    {
        await using var kit = new CoreFixture();
        using var _ = kit.Coordinator.Subscribe(new ThrowingListener());

        await kit.Coordinator.OpenAsync(Request(), Ct);
        var press = await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct);

        Assert.Equal(PressDisposition.Rated, press.Disposition);
    }

    [Fact]
    public async Task Two_hundred_counters_driven_in_parallel_never_get_each_others_answers()
    {
        await using var kit = new CoreFixture();
        const int counters = 200;

        await Parallel.ForAsync(0, counters, Ct, async (i, ct) =>
        {
            var counter = $"QUAY-{i:000}";
            await kit.Coordinator.OpenAsync(Request(counter, $"HS-{i:000000}"), ct);
            // Even counters are satisfied; odd counters name criterion i % 4.
            var press = i % 2 == 0
                ? new CounterPress { CounterId = counter, LevelCode = "HL", DeviceId = $"PAD-{i}" }
                : new CounterPress { CounterId = counter, LevelCode = "KHL", CriterionCodes = [RatingSchemes.Hanoi2014.Criteria[i % 4].Code], DeviceId = $"PAD-{i}" };
            var result = await kit.Coordinator.PressAsync(press, ct);
            Assert.Equal(PressDisposition.Rated, result.Disposition);
        });

        Assert.Equal(counters, kit.Stores.Ratings.Count);
        foreach (var rating in kit.Stores.Ratings)
        {
            var i = int.Parse(rating.Dossier!.DossierCode[3..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"QUAY-{i:000}", rating.Dossier.CounterId);
            Assert.Equal($"PAD-{i}", rating.DeviceId);
            Assert.Equal(i % 2 == 0, rating.IsSatisfied);
            if (i % 2 == 1)
            {
                Assert.Equal(RatingSchemes.Hanoi2014.Criteria[i % 4].Code, Assert.Single(rating.Answers, a => !a.IsSatisfied).CriterionCode);
            }
        }

        Assert.Equal(counters, kit.Stores.Prompts.Count(p => p.Outcome == PromptState.Rated));
        Assert.Empty(kit.Stores.StrayPresses);
    }

    [Fact]
    public async Task Expiry_and_a_press_racing_for_the_same_prompt_produce_exactly_one_outcome()
    {
        for (var round = 0; round < 50; round++)
        {
            await using var kit = new CoreFixture();
            await kit.Coordinator.OpenAsync(Request(), Ct);
            kit.Time.Advance(TimeSpan.FromSeconds(29.999));

            var press = Task.Run(async () => await kit.Coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL" }, Ct), Ct);
            var expire = Task.Run(() => kit.Time.Advance(TimeSpan.FromSeconds(1)), Ct);
            await Task.WhenAll(press, expire);
            await WaitUntilAsync(() => !kit.Coordinator.GetStatus("QUAY-01")!.IsOpen);

            var record = Assert.Single(kit.Stores.Prompts);
            Assert.Equal(record.Outcome == PromptState.Rated ? 1 : 0, kit.Stores.Ratings.Count);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Bounded wait for a timer callback running on another thread; no fixed sleep decides the outcome.
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Yield();
            await Task.Delay(1, Ct);
        }

        Assert.True(condition());
    }

    private sealed class Listener(ConcurrentQueue<PromptStatus> seen) : IPromptListener
    {
        public ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken)
        {
            seen.Enqueue(status);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class ThrowingListener : IPromptListener
    {
        public ValueTask OnPromptChangedAsync(PromptStatus status, CancellationToken cancellationToken) =>
            throw new IOException("pad unplugged");
    }
}
