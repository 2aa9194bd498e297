using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The staff's pages as officers and officials use them: the counter with the keyboard alone, the on-screen pad's
/// key hint matching its buttons, the dashboard's Vietnamese labels and the dashboard printed on A4.
/// </summary>
public sealed partial class StaffPageBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_officer_returns_a_result_with_the_keyboard_alone_and_sees_where_the_focus_is()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "canbo.q1");
        var page = await context.NewPageAsync();
        await page.GotoAsync("counter.html?unit=UBND-Q1&counter=QUAY-01");
        await Assertions.Expect(page.Locator("#dossier option").Nth(1)).ToBeAttachedAsync();
        var first = await page.Locator("#dossier").InputValueAsync();

        // From the top of the page: Tab to the dossier list, the arrow picks the next dossier, Tab on to "Trả kết quả".
        var order = await TabUntilAsync(page, "dossier");
        await AssertFocusIsVisibleAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await page.Locator("#dossier").InputValueAsync();
        Assert.NotEqual(first, chosen);
        order.AddRange(await TabUntilAsync(page, "return"));
        await AssertFocusIsVisibleAsync(page);
        await Browser.ScreenshotAsync(page, "staff-counter-keyboard-focus");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đang chờ công dân đánh giá…");
        // The prompt is for the dossier picked with the arrow key, and the list came before the button in Tab order.
        using var client = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        var status = await client.GetFromJsonAsync<JsonElement>("api/units/UBND-Q1/counters/QUAY-01/status", Ct);
        Assert.Equal(chosen, status.GetProperty("dossierCode").GetString());
        Assert.True(order.IndexOf("dossier") < order.IndexOf("return"), string.Join(" → ", order));
    }

    [Fact]
    public async Task The_pad_names_exactly_the_keys_its_buttons_have()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "canbo.q1");
        var pad = await context.NewPageAsync();
        await pad.GotoAsync("pad.html?unit=UBND-Q1&counter=QUAY-01");
        // Hà Nội's scheme at UBND-Q1: two levels, two buttons, keys 1–2.
        await Assertions.Expect(pad.Locator("#buttons button")).ToHaveCountAsync(2);
        await Assertions.Expect(pad.Locator("#keys")).ToHaveTextAsync("Có thể bấm phím 1–2.");

        using var client = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        var dossier = (await DemoDossiers.ReadyAsync(client, "UBND-Q1", Ct))[0];
        (await client.PostAsJsonAsync("api/units/UBND-Q1/counters/QUAY-01/return", new { dossierCode = dossier }, Ct)).EnsureSuccessStatusCode();
        await Assertions.Expect(pad.Locator("#prompt")).ToHaveTextAsync("Ông/bà có hài lòng không?");
        await Assertions.Expect(pad.Locator("#keys")).ToHaveTextAsync("Có thể bấm phím 1–2.");

        // "Không hài lòng" asks the follow-up: the hint follows its buttons' count.
        await pad.Keyboard.PressAsync("2");
        await Assertions.Expect(pad.Locator("#prompt")).ToHaveTextAsync("Ông/bà chưa hài lòng về điều gì?");
        var followUp = await pad.Locator("#buttons button").CountAsync();
        Assert.True(followUp > 2, $"{followUp} follow-up buttons");
        await Assertions.Expect(pad.Locator("#keys")).ToHaveTextAsync($"Có thể bấm phím 1–{followUp}.");
        await Browser.ScreenshotAsync(pad, "staff-pad-follow-up");
        await pad.Locator("#lang").ClickAsync();
        await Assertions.Expect(pad.Locator("#keys")).ToHaveTextAsync($"Keys 1–{followUp} work too.");
    }

    [Fact]
    public async Task The_dashboard_names_the_happy_index_in_vietnamese()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");

        var label = page.Locator("[data-t=happyIndex]");
        await Assertions.Expect(label).ToHaveTextAsync("Chỉ số hạnh phúc (Happy Index)");
        await page.Locator("#lang").ClickAsync();
        await Assertions.Expect(label).ToHaveTextAsync("Happy Index");
    }

    [Fact]
    public async Task The_dashboard_prints_on_A4_without_its_toolbar()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        // A4's printable width at 96 px per inch: 210 mm less 2 × 12 mm margins = 186 mm ≈ 703 px.
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 703, Height = 1000 } });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");
        await StaffAccessibilityBrowserTests.ChartsLoadedAsync(page);
        await Assertions.Expect(page.Locator("#form")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var control in new[] { "#form", "#rollup-form", "#lang", "#account", ".downloads", "header nav" })
        {
            await Assertions.Expect(page.Locator(control)).ToBeHiddenAsync();
        }

        // Tables and charts fit the page's width: nothing runs off the right edge.
        var widest = await page.EvaluateAsync<double>("Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('table, .charts img, .cards')].map(e => e.getBoundingClientRect().right))");
        Assert.True(widest <= 703, $"the printed page is {widest} px wide");
        await Browser.ScreenshotAsync(page, "staff-dashboard-print");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
        Assert.InRange(pages, 1, 8);
        await File.WriteAllBytesAsync(Path.Combine(Browser.ScreenshotDirectory, "staff-dashboard.pdf"), pdf, Ct);
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement ? document.activeElement.id : ''");

    /// <summary>Tabs until the element with <paramref name="id"/> has the focus; the ids focused on the way.</summary>
    private static async Task<List<string>> TabUntilAsync(IPage page, string id)
    {
        var order = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var focused = await FocusedIdAsync(page);
            order.Add(focused);
            if (focused == id)
            {
                return order;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}: {string.Join(" → ", order)}");
        return order;
    }

    /// <summary>The focused control has a visible outline, at least 2 px wide.</summary>
    private static async Task AssertFocusIsVisibleAsync(IPage page)
    {
        var (style, width) = (await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"), await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));
        Assert.NotEqual("none", style);
        Assert.True(double.Parse(width.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline {width}");
    }

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PdfPage();
}
