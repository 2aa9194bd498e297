using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The citizen's rating page as the elderly and people on old phones meet it: keyboard only, a connection that drops
/// before the answers are sent, and a 360 px phone on a slow mobile network.
/// </summary>
public sealed class CitizenPageBrowserTests
{
    private static readonly string[] Criteria = ["THONG_TIN_CSVC", "HO_SO", "THAI_DO", "THOI_GIAN_CHI_PHI"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dossier_is_rated_with_the_keyboard_alone()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        var (dossier, code) = await ReturnedDossierAsync(host);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString() });
        await page.GotoAsync("rate.html");
        await page.Locator("#criteria fieldset").First.WaitForAsync();

        // From the top of the page: Tab to each field; a radio group is one Tab stop, arrows choose inside it.
        await TabUntilAsync(page, "dossier");
        await page.Keyboard.TypeAsync(dossier);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("code", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync(code);
        foreach (var criterion in Criteria)
        {
            await TabUntilAsync(page, $"{criterion}-HL");
            await page.Keyboard.PressAsync("Space");
            // The focused control is drawn with an outline a sighted keyboard user can follow.
            Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        }

        await TabUntilAsync(page, "send");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá!");
    }

    [Fact]
    public async Task Answers_survive_a_dropped_connection_and_a_reload_and_are_sent_once_back_online()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        var (dossier, code) = await ReturnedDossierAsync(host);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("rate.html");
        await page.FillAsync("#dossier", dossier);
        await page.FillAsync("#code", code);
        foreach (var criterion in Criteria)
        {
            await page.CheckAsync($"#{criterion}-{(criterion == "HO_SO" ? "KHL" : "HL")}");
        }

        await page.FillAsync("#comment", "Chờ hơi lâu.");
        await context.SetOfflineAsync(true);
        await page.ClickAsync("#send");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Mất kết nối mạng. Các câu trả lời vẫn được giữ");

        // Back online, the page reloaded: the answers are still there (the verification code is never kept).
        await context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#dossier")).ToHaveValueAsync(dossier);
        await Assertions.Expect(page.Locator("#code")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#HO_SO-KHL")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#THAI_DO-HL")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#comment")).ToHaveValueAsync("Chờ hơi lâu.");
        await page.FillAsync("#code", code);
        await page.ClickAsync("#send");
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá!");
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('sk-rate-draft')"));
    }

    [Fact]
    public async Task On_a_360_px_phone_over_a_slow_network_the_form_is_usable_within_3_s_and_200_KB()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();
        // Chromium's own throttling (DevTools protocol), as docs/integration.md states: 400 ms round trip,
        // 400 kbit/s down, 400 kbit/s up — WebPageTest's "3G Slow" profile.
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 400,
            ["downloadThroughput"] = 400 * 1000 / 8,
            ["uploadThroughput"] = 400 * 1000 / 8,
        });

        await page.GotoAsync("rate.html", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#criteria fieldset input").First.WaitForAsync();
        var usableMs = await page.EvaluateAsync<double>("performance.now()");
        var bytes = await page.EvaluateAsync<double>(
            "performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0)");
        await Browser.ScreenshotAsync(page, "rate-phone-360");

        Assert.True(usableMs <= 3000, $"usable after {usableMs.ToString("F0", CultureInfo.InvariantCulture)} ms");
        Assert.InRange(bytes, 1, 200 * 1024);
        // Nothing wider than the phone: no sideways scrolling.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('label.choice, button, input:not([type=radio]):not([type=checkbox])')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height))");
        Assert.True(smallest >= 44, $"a touch target {smallest} px high");
    }

    private static async Task<(string Dossier, string Code)> ReturnedDossierAsync(SampleHostProcess host)
    {
        using var client = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        var dossier = (await DemoDossiers.ReadyAsync(client, "UBND-Q1", Ct))[0];
        using var receipt = await client.PostAsync($"api/dossiers/{Uri.EscapeDataString(dossier)}/receipt", null, Ct);
        receipt.EnsureSuccessStatusCode();
        var code = (await receipt.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("verificationCode").GetString()!;
        (await client.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = dossier }, Ct)).EnsureSuccessStatusCode();
        (await client.DeleteAsync("api/units/UBND-Q1/counters/QUAY-01/prompt", Ct)).EnsureSuccessStatusCode();
        return (dossier, code);
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement ? document.activeElement.id : ''");

    private static async Task TabUntilAsync(IPage page, string id)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await FocusedIdAsync(page) == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}");
    }
}
