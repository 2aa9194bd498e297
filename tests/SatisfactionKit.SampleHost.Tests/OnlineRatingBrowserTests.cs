using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The citizen's online rating and status look-up in a real browser, with the code from the receipt.</summary>
public sealed class OnlineRatingBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_receipts_code_rates_the_returned_dossier_once()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "canbo.q1");
        // The citizen's browser is not signed in: rating and status look-up are for anyone with the code.
        var home = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });

        // At the counter: the receipt is re-printed (a new verification code and link), then the result is returned.
        var counter = await context.NewPageAsync();
        await counter.GotoAsync("counter.html?counter=QUAY-02");
        var dossier = await counter.Locator("#dossier option").First.GetAttributeAsync("value");
        Assert.NotNull(dossier);
        await counter.ClickAsync("#receipt");
        await Assertions.Expect(counter.Locator("#receipt-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-Z]{5}-[2-9A-Z]{5}$"));
        var code = await counter.Locator("#receipt-code").TextContentAsync();
        var link = await counter.Locator("#receipt-link").GetAttributeAsync("href");
        await counter.ClickAsync("#return");
        await Assertions.Expect(counter.Locator("#status")).ToHaveTextAsync("Đang chờ công dân đánh giá…");
        await counter.ClickAsync("#cancel");

        // At home: the link from the SMS names the dossier; a wrong code is refused with the reason.
        var citizen = await home.NewPageAsync();
        await citizen.GotoAsync(link!.TrimStart('/'));
        await Assertions.Expect(citizen.Locator("#dossier")).ToHaveValueAsync(dossier);
        await citizen.FillAsync("#code", "ABCDE-FGHJK");
        foreach (var criterion in new[] { "THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI" })
        {
            await citizen.CheckAsync($"#{criterion}-{(criterion == "THAI_DO" ? "KHL" : "HL")}");
        }

        await citizen.ClickAsync("#send");
        await Assertions.Expect(citizen.Locator("#message")).ToContainTextAsync("Mã hồ sơ hoặc mã xác thực không đúng");
        await Browser.ScreenshotAsync(citizen, "online-wrong-code");

        // The right code, typed carelessly in lower case: accepted, and the form gives way to thanks.
        await citizen.FillAsync("#code", code!.ToLowerInvariant());
        await citizen.ClickAsync("#send");
        await Assertions.Expect(citizen.Locator("#message")).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá!");
        await Assertions.Expect(citizen.Locator("#form")).ToBeHiddenAsync();
        await Browser.ScreenshotAsync(citizen, "online-thanks");

        // A second online rating of the same dossier is refused, in English when the page is in English.
        var again = await home.NewPageAsync();
        await again.GotoAsync($"rate.html?dossier={Uri.EscapeDataString(dossier!)}&lang=en");
        await again.FillAsync("#code", code);
        foreach (var criterion in new[] { "THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI" })
        {
            await again.CheckAsync($"#{criterion}-HL");
        }

        await again.ClickAsync("#send");
        await Assertions.Expect(again.Locator("#message")).ToContainTextAsync("has already been rated");

        // The status look-up answers behind the same code.
        var status = await home.NewPageAsync();
        await status.GotoAsync("status.html");
        await status.FillAsync("#dossier", dossier);
        await status.FillAsync("#code", code);
        await status.ClickAsync("button.primary");
        await Assertions.Expect(status.Locator("#result")).ToContainTextAsync("Đã có kết quả");

        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var refused = await client.PostAsJsonAsync("api/online/status", new { dossierCode = dossier, verificationCode = "ABCDE-FGHJK" }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("SK_VERIFICATION_CODE_INVALID", problem.GetProperty("errors")[0].GetProperty("code").GetString());
    }
}
