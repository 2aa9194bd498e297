using SatisfactionKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SatisfactionKit.Channels;
using SatisfactionKit.Localization;
using SatisfactionKit.Ratings;

namespace SatisfactionKit.Core.Tests;

/// <summary>Verification codes, online rating by dossier code, lockouts and status look-up.</summary>
public sealed class OnlineRatingTests
{
    private const string DossierCode = "000.00.17.H29-261102-0001";
    private const string ClientIp = "203.0.113.7";

    private static OnlineRatingRequest Request(string code, string dossier = DossierCode, string client = ClientIp) => new()
    {
        DossierCode = dossier,
        VerificationCode = code,
        ClientKey = client,
        Answers = [new("THONG_TIN_CSVC", "HL"), new("HO_SO", "HL"), new("THAI_DO", "KHL"), new("THOI_GIAN_CHI_PHI", "HL")],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Codes_are_ten_unambiguous_symbols_grouped_and_stored_only_as_a_keyed_hash()
    {
        await using var kit = new ChannelFixture();
        var codes = new HashSet<string>();
        for (var i = 0; i < 500; i++)
        {
            var code = await kit.Codes.IssueAsync($"HS-{i:D4}", Ct);
            Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$", code);
            codes.Add(code);
            var stored = kit.Channels.Codes[$"HS-{i:D4}"];
            Assert.Equal(32, stored.CodeHash.Length);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), System.Text.Encoding.ASCII.GetString(stored.CodeHash), StringComparison.Ordinal);
        }

        Assert.Equal(500, codes.Count);
        Assert.All("01OIL", c => Assert.DoesNotContain(codes, code => code.Contains(c, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_full_online_rating_is_stored_on_the_online_channel_with_the_dossier_from_the_one_stop_software()
    {
        await using var kit = new ChannelFixture();
        var code = await kit.DossierAsync(DossierCode, TimeSpan.FromDays(2));

        // Typed in lower case with a space instead of the dash: still the code on the receipt.
        var result = await kit.Online.SubmitAsync(Request(code.ToLowerInvariant().Replace('-', ' ')), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
        var rating = Assert.Single(kit.Ratings.Ratings);
        Assert.Equal(RatingChannel.Online, rating.Channel);
        Assert.Equal("UBND-Q1", rating.Dossier!.UnitCode);
        Assert.Equal("CB-007", rating.Dossier.OfficerId);
        Assert.Equal(VerificationOutcome.Accepted, Assert.Single(kit.Channels.Attempts).Outcome);
    }

    [Fact]
    public async Task A_reissued_code_replaces_the_earlier_one()
    {
        await using var kit = new ChannelFixture();
        var first = await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));
        var second = await kit.Codes.IssueAsync(DossierCode, Ct);

        Assert.False((await kit.Online.SubmitAsync(Request(first), Ct)).Succeeded);
        Assert.True((await kit.Online.SubmitAsync(Request(second), Ct)).Succeeded);
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
        await using var kit = new ChannelFixture(o =>
        {
            o.CodeValidity = TimeSpan.FromDays(30);
            o.MaxWrongCodesPerDossier = 2;
            o.MaxWrongCodesPerClient = 2;
        });
        var code = await kit.DossierAsync(DossierCode, refusal == "result not returned" ? null : TimeSpan.FromDays(refusal == "expired" ? 31 : 1));
        var request = Request(code);
        switch (refusal)
        {
            case "wrong code":
                request = request with { VerificationCode = "ABCDE-FGHJK" };
                break;
            case "unknown dossier":
                request = request with { DossierCode = "000.00.17.H29-261102-9999" };
                break;
            case "already rated online":
                Assert.True((await kit.Online.SubmitAsync(Request(code), Ct)).Succeeded);
                break;
            case "locked":
                // Each wrong code from a different client, so that only the dossier's lockout applies.
                await kit.Online.SubmitAsync(Request("ABCDE-FGHJK", client: "10.0.0.1"), Ct);
                await kit.Online.SubmitAsync(Request("ABCDE-FGHJK", client: "10.0.0.2"), Ct);
                break;
            case "client limited":
                await kit.Online.SubmitAsync(Request("ABCDE-FGHJK", dossier: "HS-A"), Ct);
                await kit.Online.SubmitAsync(Request("ABCDE-FGHJK", dossier: "HS-B"), Ct);
                break;
        }

        var stored = kit.Ratings.Ratings.Count;
        var vi = await UiCulture.RunAsync("vi-VN", async () => await kit.Online.SubmitAsync(request, Ct));
        var en = await UiCulture.RunAsync("en-GB", async () => await kit.Online.SubmitAsync(request, Ct));

        Assert.False(vi.Succeeded);
        Assert.False(en.Succeeded);
        Assert.Contains(vi.Errors, e => e.ErrorCode == errorCode && e.ErrorMessage.Contains(vietnamese, StringComparison.Ordinal));
        Assert.Contains(en.Errors, e => e.ErrorCode == errorCode && e.ErrorMessage.Contains(english, StringComparison.Ordinal));
        Assert.Equal(stored, kit.Ratings.Ratings.Count);
    }

    [Fact]
    public async Task After_the_configured_wrong_codes_the_dossier_is_locked_even_for_the_right_code_until_the_lockout_passes()
    {
        await using var kit = new ChannelFixture(o =>
        {
            o.MaxWrongCodesPerDossier = 3;
            o.LockoutDuration = TimeSpan.FromMinutes(10);
        });
        var code = await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));

        for (var i = 0; i < 3; i++)
        {
            var wrong = await kit.Online.SubmitAsync(Request("ABCDE-FGHJK", client: $"10.0.0.{i}"), Ct);
            Assert.Equal(ErrorCodes.VerificationCodeInvalid, Assert.Single(wrong.Errors).ErrorCode);
        }

        var locked = await kit.Online.SubmitAsync(Request(code), Ct);
        Assert.Equal(ErrorCodes.DossierLocked, Assert.Single(locked.Errors).ErrorCode);
        Assert.Empty(kit.Ratings.Ratings);

        kit.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.True((await kit.Online.SubmitAsync(Request(code), Ct)).Succeeded);

        Assert.Equal(3, kit.Channels.Attempts.Count(a => a.Outcome == VerificationOutcome.WrongCode));
        Assert.Single(kit.Channels.Attempts, a => a.Outcome == VerificationOutcome.DossierLocked);
    }

    [Fact]
    public async Task Four_wrong_codes_do_not_lock_under_the_default_of_five()
    {
        await using var kit = new ChannelFixture();
        var code = await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));
        for (var i = 0; i < 4; i++)
        {
            await kit.Online.SubmitAsync(Request("ABCDE-FGHJK"), Ct);
        }

        Assert.True((await kit.Online.SubmitAsync(Request(code), Ct)).Succeeded);
    }

    [Fact]
    public async Task The_client_limit_spans_dossiers_and_leaves_other_clients_alone()
    {
        await using var kit = new ChannelFixture(o => o.MaxWrongCodesPerClient = 3);
        var code = await kit.DossierAsync(DossierCode, TimeSpan.FromDays(1));
        for (var i = 0; i < 3; i++)
        {
            await kit.Online.SubmitAsync(Request("ABCDE-FGHJK", dossier: $"HS-{i}"), Ct);
        }

        var limited = await kit.Online.SubmitAsync(Request(code), Ct);
        Assert.Equal(ErrorCodes.TooManyAttempts, Assert.Single(limited.Errors).ErrorCode);
        Assert.True((await kit.Online.SubmitAsync(Request(code, client: "198.51.100.1"), Ct)).Succeeded);
    }

    [Fact]
    public async Task Status_look_up_answers_with_the_right_code_and_refuses_the_wrong_one_as_rating_does()
    {
        await using var kit = new ChannelFixture();
        var code = await kit.DossierAsync(DossierCode, null);

        var found = await kit.Status.LookUpAsync(DossierCode, code, "KIOSK-01", Ct);
        Assert.True(found.Succeeded);
        Assert.False(found.Status!.IsResultReady);
        Assert.Equal("Đang xử lý", found.Status.Status);
        Assert.NotNull(found.Status.AppointmentAt);

        var wrong = await kit.Status.LookUpAsync(DossierCode, "ABCDE-FGHJK", "KIOSK-01", Ct);
        Assert.False(wrong.Succeeded);
        Assert.Equal(ErrorCodes.VerificationCodeInvalid, Assert.Single(wrong.Errors).ErrorCode);
        Assert.Contains(kit.Channels.Attempts, a => a.Purpose == "status" && a.Outcome == VerificationOutcome.WrongCode);
    }

    [Fact]
    public async Task A_missing_or_short_key_and_missing_stores_stop_the_start()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IRatingStore>(new RecordingStores());
        services.AddSingleton<SatisfactionKit.Prompts.IPromptStore>(new RecordingStores());
        services.AddSatisfactionKit().AddChannels(o => o.SigningKey = Convert.ToBase64String(new byte[16]));
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ChannelOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("ChannelOptions.SigningKey", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("IVerificationCodeStore", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("IDossierStatusSource", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ISurveyCampaignStore", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("IRatingBatchStore", StringComparison.Ordinal));
    }
}
