using SatisfactionKit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SatisfactionKit.Channels;
using SatisfactionKit.Channels.Surveys;
using SatisfactionKit.EfCore.Tests.Infrastructure;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.EntityFrameworkCore.Entities;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.EfCore.Tests.Channels;

/// <summary>
/// The channels beyond the pad (online rating by verification code, lockouts, SMS replies, topic surveys)
/// end to end through the EF stores, once per provider by the derived classes.
/// </summary>
public abstract class ChannelStoreTests : IAsyncLifetime
{
    private const string DossierCode = "000.00.17.H29-261102-0001";
    private const string ClientIp = "203.0.113.7";
    private const string WrongCode = "ABCDE-FGHJK";

    private static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly FakeTimeProvider _time = new(StoreFixture.Start);
    private readonly OneStopDossiers _oneStop = new();
    private StoreFixture? _fixture;

    protected abstract string Provider { get; }

    private StoreFixture Fixture => _fixture!;

    private IVerificationCodeService Codes => Fixture.Services.GetRequiredService<IVerificationCodeService>();

    private IOnlineRatingService Online => Fixture.Services.GetRequiredService<IOnlineRatingService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fixture = await StoreFixture.CreateAsync(Provider, _time, services =>
    {
        services.AddSingleton<IDossierStatusSource>(_oneStop);
        services.AddSatisfactionKit().AddChannels(o =>
        {
            o.SigningKey = SigningKey;
            o.CodeValidity = TimeSpan.FromDays(30);
            o.MaxWrongCodesPerDossier = 3;
            o.MaxWrongCodesPerClient = 6;
            o.LockoutDuration = TimeSpan.FromMinutes(15);
        });
    });

    public async ValueTask DisposeAsync()
    {
        if (_fixture is not null)
        {
            await _fixture.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_full_online_rating_is_stored_with_the_dossier_from_the_one_stop_software_and_an_accepted_attempt()
    {
        var code = await DossierAsync(DossierCode, returnedAgo: TimeSpan.FromDays(2));

        // Typed in lower case with a space for the dash: still the code on the receipt.
        var result = await Online.SubmitAsync(Request(code.ToLowerInvariant().Replace('-', ' ')), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
        var stored = await Fixture.Ratings.FindAsync(result.Rating!.Id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(RatingChannel.Online, stored.Channel);
        Assert.Equal("UBND-Q1", stored.Dossier!.UnitCode);
        Assert.Equal("CB-007", stored.Dossier.OfficerId);
        Assert.False(stored.IsSatisfied);

        await using var context = Fixture.NewContext();
        var attempt = Assert.Single(await context.Set<VerificationAttemptEntity>().ToListAsync(Ct));
        Assert.Equal((DossierCode, ClientIp, VerificationOutcome.Accepted, "rating"), (attempt.DossierCode, attempt.ClientKey, attempt.Outcome, attempt.Purpose));

        // Only the keyed hash is stored: 32 bytes, and not the code's characters.
        var row = Assert.Single(await context.Set<VerificationCodeEntity>().ToListAsync(Ct));
        Assert.Equal(32, row.CodeHash.Length);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), System.Text.Encoding.ASCII.GetString(row.CodeHash), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "wrong code", ErrorCodes.VerificationCodeInvalid, "mã xác thực không đúng", "verification code is not correct" },
        { "unknown dossier", ErrorCodes.VerificationCodeInvalid, "mã xác thực không đúng", "verification code is not correct" },
        { "result not returned", ErrorCodes.ResultNotReturned, "chưa được trả kết quả", "has no returned result yet" },
        { "expired", ErrorCodes.VerificationCodeExpired, "đã hết hạn", "has expired" },
        { "already rated online", ErrorCodes.AlreadyRated, "đã được đánh giá qua kênh Online", "already been rated through channel Online" },
        { "locked", ErrorCodes.DossierLocked, "tạm khóa", "is locked for now" },
        { "client limited", ErrorCodes.TooManyAttempts, "sai quá nhiều lần", "Too many wrong attempts" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_has_its_code_and_message_in_both_languages_and_stores_no_rating(string refusal, string errorCode, string vietnamese, string english)
    {
        var code = await DossierAsync(DossierCode, refusal == "result not returned" ? null : TimeSpan.FromDays(refusal == "expired" ? 31 : 1));
        var request = Request(code);
        switch (refusal)
        {
            case "wrong code":
                request = request with { VerificationCode = WrongCode };
                break;
            case "unknown dossier":
                request = request with { DossierCode = "000.00.17.H29-261102-9999" };
                break;
            case "already rated online":
                Assert.True((await Online.SubmitAsync(Request(code), Ct)).Succeeded);
                break;
            case "locked":
                // Each wrong code from another client, so that only the dossier's lockout applies.
                for (var i = 0; i < 3; i++)
                {
                    await Online.SubmitAsync(Request(WrongCode, client: $"10.0.0.{i}"), Ct);
                }

                break;
            case "client limited":
                for (var i = 0; i < 6; i++)
                {
                    await Online.SubmitAsync(Request(WrongCode, dossier: $"HS-{i}"), Ct);
                }

                break;
        }

        var before = await CountRatingsAsync();
        var vi = await UiCulture.RunAsync("vi-VN", async () => await Online.SubmitAsync(request, Ct));
        var en = await UiCulture.RunAsync("en-GB", async () => await Online.SubmitAsync(request, Ct));

        Assert.False(vi.Succeeded);
        Assert.False(en.Succeeded);
        Assert.Contains(vi.Errors, e => e.ErrorCode == errorCode && e.ErrorMessage.Contains(vietnamese, StringComparison.Ordinal));
        Assert.Contains(en.Errors, e => e.ErrorCode == errorCode && e.ErrorMessage.Contains(english, StringComparison.Ordinal));
        Assert.Equal(before, await CountRatingsAsync());
    }

    [Fact]
    public async Task After_the_configured_wrong_codes_the_dossier_is_locked_even_for_the_right_code_until_the_lockout_passes()
    {
        var code = await DossierAsync(DossierCode, TimeSpan.FromDays(1));
        for (var i = 0; i < 3; i++)
        {
            var wrong = await Online.SubmitAsync(Request(WrongCode, client: $"10.0.1.{i}"), Ct);
            Assert.Equal(ErrorCodes.VerificationCodeInvalid, Assert.Single(wrong.Errors).ErrorCode);
        }

        var locked = await Online.SubmitAsync(Request(code), Ct);
        Assert.Equal(ErrorCodes.DossierLocked, Assert.Single(locked.Errors).ErrorCode);

        // The lockout counts wrong codes of the last 15 minutes in the database: 15 minutes and a second later they no longer count.
        _time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.True((await Online.SubmitAsync(Request(code), Ct)).Succeeded);

        await using var context = Fixture.NewContext();
        var outcomes = await context.Set<VerificationAttemptEntity>().Select(a => a.Outcome).ToListAsync(Ct);
        Assert.Equal(3, outcomes.Count(o => o == VerificationOutcome.WrongCode));
        Assert.Equal(1, outcomes.Count(o => o == VerificationOutcome.DossierLocked));
        Assert.Equal(1, outcomes.Count(o => o == VerificationOutcome.Accepted));
    }

    [Fact]
    public async Task The_client_limit_spans_dossiers_and_leaves_other_clients_alone()
    {
        var code = await DossierAsync(DossierCode, TimeSpan.FromDays(1));
        for (var i = 0; i < 6; i++)
        {
            await Online.SubmitAsync(Request(WrongCode, dossier: $"HS-{i}"), Ct);
        }

        var limited = await Online.SubmitAsync(Request(code), Ct);
        Assert.Equal(ErrorCodes.TooManyAttempts, Assert.Single(limited.Errors).ErrorCode);
        Assert.True((await Online.SubmitAsync(Request(code, client: "198.51.100.1"), Ct)).Succeeded);
    }

    [Fact]
    public async Task A_reissued_code_replaces_the_earlier_one_in_one_row()
    {
        var first = await DossierAsync(DossierCode, TimeSpan.FromDays(1));
        var second = await Codes.IssueAsync(DossierCode, Ct);

        Assert.False((await Online.SubmitAsync(Request(first), Ct)).Succeeded);
        Assert.True((await Online.SubmitAsync(Request(second), Ct)).Succeeded);
        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<VerificationCodeEntity>().CountAsync(Ct));
    }

    [Fact]
    public async Task Receipts_printed_at_once_for_one_dossier_leave_exactly_one_code_that_works()
    {
        await DossierAsync(DossierCode, TimeSpan.FromDays(1));

        var codes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await Codes.IssueAsync(DossierCode, Ct), Ct)));

        await using var context = Fixture.NewContext();
        Assert.Equal(1, await context.Set<VerificationCodeEntity>().CountAsync(Ct));
        var accepted = 0;
        foreach (var code in codes)
        {
            // Past the lockout window each time: the losers' wrong codes must not lock out the winner's.
            _time.Advance(TimeSpan.FromMinutes(16));
            var check = await Fixture.Services.GetRequiredService<IDossierStatusService>().LookUpAsync(DossierCode, code, $"kiosk-{code}", Ct);
            accepted += check.Succeeded ? 1 : 0;
        }

        Assert.Equal(1, accepted);
    }

    [Fact]
    public async Task An_over_long_dossier_code_from_the_public_page_is_refused_and_still_counted()
    {
        var junk = new string('9', 500);

        var result = await Online.SubmitAsync(Request(WrongCode, dossier: junk), Ct);

        Assert.Equal(ErrorCodes.VerificationCodeInvalid, Assert.Single(result.Errors).ErrorCode);
        var store = Fixture.Services.GetRequiredService<IVerificationCodeStore>();
        Assert.Equal(1, await store.CountWrongCodesForDossierAsync(junk, StoreFixture.Start.AddHours(-1), Ct));
    }

    [Fact]
    public async Task The_audit_trail_of_attempts_cannot_be_changed_or_deleted_through_the_context()
    {
        await Online.SubmitAsync(Request(WrongCode), Ct);

        await using var context = Fixture.NewContext();
        var attempt = await context.Set<VerificationAttemptEntity>().SingleAsync(Ct);
        attempt.Outcome = VerificationOutcome.Accepted;
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => context.SaveChangesAsync(Ct));

        await using var other = Fixture.NewContext();
        other.Remove(await other.Set<VerificationAttemptEntity>().SingleAsync(Ct));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => other.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Status_look_up_answers_with_the_right_code_and_records_a_wrong_one_for_the_lockout()
    {
        var code = await DossierAsync(DossierCode, returnedAgo: null);
        var status = Fixture.Services.GetRequiredService<IDossierStatusService>();

        var found = await status.LookUpAsync(DossierCode, code, "kiosk-1", Ct);
        var wrong = await status.LookUpAsync(DossierCode, WrongCode, "kiosk-1", Ct);

        Assert.True(found.Succeeded);
        Assert.False(found.Status!.IsResultReady);
        Assert.Equal(ErrorCodes.VerificationCodeInvalid, Assert.Single(wrong.Errors).ErrorCode);
        var store = Fixture.Services.GetRequiredService<IVerificationCodeStore>();
        Assert.Equal(1, await store.CountWrongCodesForDossierAsync(DossierCode, StoreFixture.Start.AddHours(-1), Ct));
    }

    [Fact]
    public async Task A_link_token_names_its_dossier_until_it_expires_and_a_tampered_one_is_refused()
    {
        var links = Fixture.Services.GetRequiredService<ILinkTokenService>();
        var token = links.Create(DossierCode);
        var parts = token.Split('.');
        var flipped = parts[1][..^1] + (parts[1][^1] == 'A' ? 'B' : 'A');

        Assert.Equal(DossierCode, links.Validate(token).DossierCode);
        var tampered = await UiCulture.RunAsync("vi-VN", () => Task.FromResult(links.Validate($"{parts[0]}.{flipped}")));
        Assert.Equal(ErrorCodes.LinkTokenInvalid, tampered.Error!.ErrorCode);
        Assert.Contains("không hợp lệ", tampered.Error.ErrorMessage, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(365));
        var expired = await UiCulture.RunAsync("en-GB", () => Task.FromResult(links.Validate(token)));
        Assert.Equal(ErrorCodes.LinkTokenExpired, expired.Error!.ErrorCode);
        Assert.Contains("has expired", expired.Error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_SMS_reply_is_stored_once_on_the_SMS_channel()
    {
        await DossierAsync(DossierCode, TimeSpan.FromHours(3));
        var sms = Fixture.Services.GetRequiredService<ISmsRatingService>();

        var first = await sms.SubmitAsync(new SmsReply("0912345678", $"đg {DossierCode} khl", "MSG-1"), Ct);
        var resent = await sms.SubmitAsync(new SmsReply("0912345678", $"DG {DossierCode} KHL", "MSG-1"), Ct);
        var again = await UiCulture.RunAsync("vi-VN", async () => await sms.SubmitAsync(new SmsReply("0912345678", $"DG {DossierCode} HL", "MSG-2"), Ct));

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.ErrorMessage)));
        var stored = await Fixture.Ratings.FindByIdempotencyKeyAsync("sms:MSG-1", Ct);
        Assert.NotNull(stored);
        Assert.Equal(RatingChannel.Sms, stored.Channel);
        Assert.All(stored.Answers, a => Assert.Equal("KHL", a.LevelCode));
        Assert.True(resent.Succeeded);
        Assert.Equal(stored.Id, resent.Rating!.Id);
        Assert.Contains(again.Errors, e => e.ErrorCode == ErrorCodes.AlreadyRated && e.ErrorMessage.Contains("đã được đánh giá", StringComparison.Ordinal));
        Assert.Equal(1, await CountRatingsAsync());
    }

    [Fact]
    public async Task A_topic_survey_campaign_is_stored_and_takes_one_response_per_respondent()
    {
        var surveys = Fixture.Services.GetRequiredService<ISurveyService>();
        var campaign = new SurveyCampaign
        {
            Id = "KS-GPXD-2026Q4",
            SchemeCode = RatingSchemes.Hanoi2014Code,
            Topic = "Cấp giấy phép xây dựng",
            Period = "2026-Q4",
            AudienceUnitCode = "UBND-Q1",
            OpensAt = _time.GetUtcNow(),
            ClosesAt = _time.GetUtcNow().AddDays(30),
        };
        Assert.Empty(await surveys.CreateCampaignAsync(campaign, Ct));
        Assert.False(await Fixture.Services.GetRequiredService<ISurveyCampaignStore>().AddAsync(campaign, Ct));
        Assert.Equal(campaign, await Fixture.Services.GetRequiredService<ISurveyCampaignStore>().FindAsync(campaign.Id, Ct));

        var token = surveys.IssueRespondentToken();
        SurveyResponse Response(string respondent) => new()
        {
            CampaignId = campaign.Id,
            RespondentToken = respondent,
            Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "HL"), new("THOI_GIAN_CHI_PHI", "KHL")],
        };
        var first = await surveys.SubmitAsync(Response(token), Ct);
        var again = await UiCulture.RunAsync("en-GB", async () => await surveys.SubmitAsync(Response(token), Ct));
        var other = await surveys.SubmitAsync(Response(surveys.IssueRespondentToken()), Ct);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.ErrorMessage)));
        var stored = await Fixture.Ratings.FindAsync(first.Rating!.Id, Ct);
        Assert.NotNull(stored);
        Assert.Null(stored.Dossier);
        Assert.Equal(campaign.Id, stored.SurveyId);
        Assert.Contains(again.Errors, e => e.ErrorCode == ErrorCodes.SurveyAlreadyAnswered && e.ErrorMessage.Contains("already answered", StringComparison.Ordinal));
        Assert.True(other.Succeeded);
        Assert.Equal(2, await CountRatingsAsync());
    }

    [Fact]
    public async Task Sixty_simultaneous_wrong_codes_from_sixty_addresses_check_no_more_than_the_dossier_limit()
    {
        await DossierAsync(DossierCode, returnedAgo: TimeSpan.FromDays(1));
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            start.Wait(Ct);
            return await Online.SubmitAsync(Request(WrongCode, client: $"198.51.100.{i}"), Ct);
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(tasks);

        var codes = results.Select(r => Assert.Single(r.Errors).ErrorCode).ToList();
        Assert.Equal(3, codes.Count(c => c == ErrorCodes.VerificationCodeInvalid));
        Assert.Equal(57, codes.Count(c => c == ErrorCodes.DossierLocked));
        await using var context = Fixture.NewContext();
        var outcomes = await context.Set<VerificationAttemptEntity>().Select(a => a.Outcome).ToListAsync(Ct);
        Assert.Equal(3, outcomes.Count(o => o == VerificationOutcome.WrongCode));
        Assert.Equal(57, outcomes.Count(o => o == VerificationOutcome.DossierLocked));
    }

    [Fact]
    public async Task A_right_code_gives_its_place_back_so_it_never_locks_the_dossier()
    {
        var code = await DossierAsync(DossierCode, returnedAgo: TimeSpan.FromDays(1));
        await Online.SubmitAsync(Request(WrongCode, client: "10.0.0.1"), Ct);
        await Online.SubmitAsync(Request(WrongCode, client: "10.0.0.2"), Ct);
        for (var i = 0; i < 4; i++)
        {
            // Status look-ups with the right code: checked, and not counted as wrong.
            var status = await Fixture.Services.GetRequiredService<IDossierStatusService>().LookUpAsync(DossierCode, code, "10.0.0.3", Ct);
            Assert.True(status.Succeeded, $"look-up {i}");
        }

        var last = await Online.SubmitAsync(Request(code), Ct);

        Assert.True(last.Succeeded, string.Join("; ", last.Errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public async Task A_true_retry_of_an_online_rating_returns_the_first_rating_and_stores_nothing_more()
    {
        var code = await DossierAsync(DossierCode, returnedAgo: TimeSpan.FromDays(1));
        var request = Request(code) with { IdempotencyKey = "form-7f3a" };

        var first = await Online.SubmitAsync(request, Ct);
        var retry = await Online.SubmitAsync(request, Ct);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => e.ErrorMessage)));
        Assert.True(retry.Succeeded, string.Join("; ", retry.Errors.Select(e => e.ErrorMessage)));
        Assert.True(retry.WasDuplicate);
        Assert.Equal(first.Rating!.Id, retry.Rating!.Id);
        Assert.Equal(1, await CountRatingsAsync());
    }

    [Fact]
    public async Task Other_answers_under_a_used_key_are_refused_and_name_nothing_of_the_stored_rating()
    {
        var code = await DossierAsync(DossierCode, returnedAgo: TimeSpan.FromDays(1));
        var request = Request(code) with { IdempotencyKey = "form-7f3a" };
        Assert.True((await Online.SubmitAsync(request, Ct)).Succeeded);

        var changed = await UiCulture.RunAsync("en-GB", async () => await Online.SubmitAsync(request with { Answers = [.. request.Answers.Select(a => a with { LevelCode = "HL" })] }, Ct));

        Assert.False(changed.Succeeded);
        Assert.Null(changed.Rating);
        var error = Assert.Single(changed.Errors);
        Assert.Equal(ErrorCodes.IdempotencyKeyReused, error.ErrorCode);
        Assert.Contains("a retry must repeat the first request", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1, await CountRatingsAsync());
    }

    [Fact]
    public async Task A_key_used_for_another_dossier_neither_reveals_its_rating_nor_blocks_this_one()
    {
        var other = await DossierAsync("000.00.17.H29-261102-0777", returnedAgo: TimeSpan.FromDays(1));
        var code = await DossierAsync(DossierCode, returnedAgo: TimeSpan.FromDays(1));
        var theirs = await Online.SubmitAsync(Request(other, "000.00.17.H29-261102-0777") with { IdempotencyKey = "demo:5" }, Ct);

        var mine = await Online.SubmitAsync(Request(code) with { IdempotencyKey = "demo:5" }, Ct);

        Assert.True(mine.Succeeded, string.Join("; ", mine.Errors.Select(e => e.ErrorMessage)));
        Assert.False(mine.WasDuplicate);
        Assert.NotEqual(theirs.Rating!.Id, mine.Rating!.Id);
        Assert.Equal(DossierCode, mine.Rating.Dossier!.DossierCode);
        Assert.Equal(2, await CountRatingsAsync());
    }

    private static OnlineRatingRequest Request(string code, string dossier = DossierCode, string client = ClientIp) => new()
    {
        DossierCode = dossier,
        VerificationCode = code,
        ClientKey = client,
        Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "KHL"), new("THOI_GIAN_CHI_PHI", "HL")],
    };

    /// <summary>Registers a dossier in the one-stop software, returned <paramref name="returnedAgo"/> ago (not returned when null), and issues its code.</summary>
    private async Task<string> DossierAsync(string code, TimeSpan? returnedAgo)
    {
        var now = _time.GetUtcNow();
        var returned = returnedAgo is { } ago ? now - ago : (DateTimeOffset?)null;
        _oneStop.Phones[code] = "0912.345.678";
        _oneStop.Dossiers[code] = new DossierStatus(Samples.Dossier(code), returned is null ? "Đang xử lý" : "Đã trả kết quả", now.AddDays(3), returned is not null, returned);
        return await Codes.IssueAsync(code, Ct);
    }

    private async Task<int> CountRatingsAsync()
    {
        await using var context = Fixture.NewContext();
        return await context.Set<RatingEntity>().CountAsync(Ct);
    }
}

/// <summary>The channels over a SQLite file.</summary>
public sealed class SqliteChannelStoreTests : ChannelStoreTests
{
    protected override string Provider => "sqlite";
}

/// <summary>The channels over PostgreSQL.</summary>
public sealed class PostgresChannelStoreTests : ChannelStoreTests
{
    protected override string Provider => "postgres";
}
