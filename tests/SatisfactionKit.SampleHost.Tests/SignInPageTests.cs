using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sign-in page, the account bar and sign-out in a real browser; the dashboard by the reader's scope.</summary>
public sealed class SignInPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staff_page_goes_through_the_sign_in_page_and_back_and_signing_out_ends_it()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        // An anonymous visitor of the counter page lands on the sign-in page.
        await page.GotoAsync("counter.html?unit=UBND-Q1&counter=QUAY-01");
        Assert.EndsWith("/login.html?returnUrl=%2Fcounter.html%3Funit%3DUBND-Q1%26counter%3DQUAY-01", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập cho cán bộ");

        // A wrong password: refused, in Vietnamese and English.
        await page.FillAsync("#user", "canbo.q1");
        await page.FillAsync("#password", "sai-mat-khau");
        await page.ClickAsync("#send");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng");
        await page.ClickAsync("#lang");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Staff sign-in");
        await page.ClickAsync("#lang");

        // The right one: back on the counter page, which names who is signed in.
        await page.FillAsync("#password", DemoSignIn.Password);
        await page.ClickAsync("#send");
        await Assertions.Expect(page.Locator("#counter-id")).ToHaveTextAsync("Quầy 1");
        Assert.Contains("/counter.html?unit=UBND-Q1&counter=QUAY-01", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("canbo.q1 (cán bộ một cửa — UBND-Q1)");

        // Signing out: the sign-in page, and the counter page sends there again.
        await page.ClickAsync("#signout");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\.html(\\?|$)"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập cho cán bộ");
        await page.GotoAsync("counter.html");
        Assert.Contains("/login.html?returnUrl=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_administrators_dashboard_shows_their_unit_only()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.q1");
        var page = await context.NewPageAsync();

        await page.GotoAsync("dashboard.html");
        await Assertions.Expect(page.Locator("#unit option")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#unit")).ToHaveValueAsync("UBND-Q1");
        await Assertions.Expect(page.Locator("#ratings")).Not.ToHaveTextAsync("—");
        // Neither the roll-up of every unit nor the province's portal file.
        await Assertions.Expect(page.Locator("#hierarchy")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#portal")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#message")).ToBeHiddenAsync();
    }
}
