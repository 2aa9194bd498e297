using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The tablet facing the citizen (<c>/kiosk</c>, from the server package) on an emulated touch tablet: paired with an
/// administrator's enrollment code, it lights on the officer's prompt, shows exactly the scheme's keys, and a press
/// whose answer is lost is retried under the same key and stored once.
/// </summary>
public sealed class KioskBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_paired_tablet_answers_the_officers_prompt_by_touch_once_even_when_an_answer_is_lost()
    {
        var settings = SampleHostProcess.FreshSqliteSettings();
        settings["SampleHost__DeviceEnrollment"] = "true";
        settings["SampleHost__DevelopmentCounterIdentities"] = "false";
        await using var host = await SampleHostProcess.StartAsync(settings, Ct);
        // The unit's administrator enrolls the tablet; its officer returns results; the province reads the report.
        using var admin = await DemoSignIn.ClientAsync(host, "quantri.q1", Ct);
        using var client = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        using var province = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct);
        using var enrolled = await admin.PostAsJsonAsync("api/devices", new { unitCode = "UBND-Q1", counterId = "QUAY-01", displayName = "Máy tính bảng quầy 1" }, Ct);
        enrolled.EnsureSuccessStatusCode();
        var enrollment = await enrolled.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var ready = await DemoDossiers.ReadyAsync(client, "UBND-Q1", Ct);
        var before = await RatingsAsync(province);

        await using var browser = await Browser.LaunchAsync();
        var tablet = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 800, Height = 1280 },
            HasTouch = true,
            IsMobile = true,
        });
        var page = await tablet.NewPageAsync();
        await page.GotoAsync("kiosk");

        // A wrong code is refused in words; the administrator's code pairs the tablet to its counter.
        await page.Locator("#code").FillAsync("AAAAA-BBBBB-CCCCC-DDDDD");
        await page.Locator("#pair").TapAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("Mã ghép nối không đúng");
        await page.Locator("#code").FillAsync(enrollment.GetProperty("enrollmentCode").GetString()!);
        await page.Locator("#pair").TapAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Xin chờ cán bộ trả kết quả…");
        await Assertions.Expect(page.Locator("#counter")).ToContainTextAsync("QUAY-01");

        // The keys are the scheme's, as the device endpoint gives them to the tablet's own credential.
        var credential = JsonDocument.Parse(await page.EvaluateAsync<string>("localStorage.getItem('satisfactionkit-kiosk')")).RootElement.GetProperty("credential").GetString();
        using var device = new HttpClient { BaseAddress = host.BaseAddress };
        device.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        var layout = await device.GetFromJsonAsync<JsonElement>("api/units/UBND-Q1/counters/QUAY-01/pad", Ct);
        var levels = layout.GetProperty("levels").EnumerateArray().ToArray();

        // The officer returns a result; the tablet is connected, so the officer's screen says "waiting", not "pad offline".
        (await client.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = ready[0] }, Ct)).EnsureSuccessStatusCode();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Ông/bà có hài lòng với việc giải quyết hồ sơ?");
        Assert.Equal("Waiting", await OfficerStateAsync(client));
        var keys = page.Locator("#keys button");
        await Assertions.Expect(keys).ToHaveCountAsync(levels.Length);
        for (var i = 0; i < levels.Length; i++)
        {
            Assert.Equal(levels[i].GetProperty("code").GetString(), await keys.Nth(i).GetAttributeAsync("data-code"));
            var box = await keys.Nth(i).BoundingBoxAsync();
            Assert.True(box!.Height >= 44 && box.Width >= 44, $"touch target {box.Width}x{box.Height}");
        }

        await Browser.ScreenshotAsync(page, "kiosk-asks");

        // The first press reaches the server, but its answer is lost on the way back: the tablet retries with the same key.
        var presses = 0;
        await page.RouteAsync("**/presses", async route =>
        {
            if (Interlocked.Increment(ref presses) == 1)
            {
                await route.FetchAsync();
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });
        var satisfied = levels.First(l => l.GetProperty("satisfied").GetBoolean()).GetProperty("code").GetString();
        // The aborted try has no response: the first one the page sees is the retry's, the server's first answer again.
        var retried = page.WaitForResponseAsync(r => r.Url.EndsWith("/presses", StringComparison.Ordinal));
        await page.Locator($"#keys button[data-code='{satisfied}']").TapAsync();
        var retry = await retried;
        Assert.Equal(200, retry.Status);
        Assert.Equal("Rated", (await retry.JsonAsync())!.Value.GetProperty("disposition").GetString());
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá!");
        Assert.Equal(2, presses);
        Assert.Equal("Done", await OfficerStateAsync(client));
        Assert.Equal(before + 1, await RatingsAsync(province));
        await page.UnrouteAllAsync();

        // A dissatisfied press asks the follow-up on the tablet, and the chosen item completes the rating.
        (await client.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = ready[1] }, Ct)).EnsureSuccessStatusCode();
        var dissatisfied = levels.First(l => !l.GetProperty("satisfied").GetBoolean()).GetProperty("code").GetString();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Ông/bà có hài lòng với việc giải quyết hồ sơ?");
        // Within MinimumResponseInterval (3 s) of the last rating a press is not a rating: the tablet asks to press again.
        await page.Locator($"#keys button[data-code='{dissatisfied}']").TapAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Xin bấm lại sau giây lát.");
        await Task.Delay(TimeSpan.FromSeconds(3.2), Ct);
        await page.Locator($"#keys button[data-code='{dissatisfied}']").TapAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Ông/bà chưa hài lòng về điều gì? Chọn một mục.");
        await page.Locator("#keys button").First.TapAsync();
        await Assertions.Expect(page.Locator("#message")).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá!");
        Assert.Equal(before + 2, await RatingsAsync(province));

        // English on a touch, and a revoked tablet falls back to pairing with the reason.
        await page.Locator("#lang").TapAsync();
        await Assertions.Expect(page.Locator("#lang")).ToHaveTextAsync("Tiếng Việt");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
        using (var revoked = await admin.DeleteAsync($"api/devices/{enrollment.GetProperty("deviceId").GetString()}", Ct))
        {
            Assert.True(revoked.IsSuccessStatusCode);
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#pairing")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error")).ToHaveTextAsync("This tablet is not paired or has been revoked.");
        await Browser.ScreenshotAsync(page, "kiosk-revoked");
    }

    private static async Task<int> RatingsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("api/reports", Ct)).GetProperty("total").GetProperty("ratings").GetInt32();

    private static async Task<string?> OfficerStateAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/units/UBND-Q1/counters/QUAY-01/status", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString();
    }
}
