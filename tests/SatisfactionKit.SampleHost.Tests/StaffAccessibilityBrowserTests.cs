using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// axe-core (Deque) over the staff's pages — start page, sign-in, counter, on-screen pad and dashboard — each signed in
/// with the account that uses it, in Vietnamese and in English: no serious or critical violation. A screenshot of each
/// page in each language is kept beside the test binaries (<c>screenshots/staff-…</c>) for a reviewer.
/// </summary>
public sealed class StaffAccessibilityBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The page, who signs in for it (null: nobody), and what shows once it has loaded its data.</summary>
    private static readonly (string Path, string? Account, string Ready)[] Pages =
    [
        ("login.html", null, "#form"),
        ("index.html", "canbo.q1", "#who"),
        ("counter.html?unit=UBND-Q1&counter=QUAY-01", "canbo.q1", "#dossier option"),
        ("pad.html?unit=UBND-Q1&counter=QUAY-01", "canbo.q1", "#buttons button"),
        ("dashboard.html", "quantri.tinh", "#units tbody tr"),
        ("dashboard.html", "quantri.q1", "#units tbody tr"),
    ];

    [Fact]
    public async Task Staff_pages_have_no_serious_or_critical_axe_violation_in_either_language()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var problems = new List<string>();
        foreach (var language in new[] { "vi", "en" })
        {
            foreach (var account in Pages.Select(p => p.Account).Distinct())
            {
                var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), Locale = language });
                if (account is not null)
                {
                    await DemoSignIn.BrowserAsync(context, account);
                }

                foreach (var (path, _, ready) in Pages.Where(p => p.Account == account))
                {
                    var page = await context.NewPageAsync();
                    await page.GotoAsync(path);
                    await page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
                    if (await page.EvaluateAsync<string>("document.documentElement.lang") != language)
                    {
                        await page.Locator("#lang").ClickAsync();
                    }

                    await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                    if (path.StartsWith("dashboard", StringComparison.Ordinal))
                    {
                        await ChartsLoadedAsync(page);
                    }

                    var name = $"{Path.GetFileNameWithoutExtension(path.Split('?')[0])}{(account is null ? "" : "-" + account)}";
                    var result = await page.RunAxe();
                    problems.AddRange(AccessibilityBrowserTests.Serious(result).Select(v => $"{name} ({language}): {v}"));
                    // The scan saw the page's controls and charts: the rules on them ran and passed.
                    foreach (var rule in ExpectedPasses(path).Where(rule => !result.Passes.Any(p => p.Id == rule)))
                    {
                        problems.Add($"{name} ({language}): axe did not check {rule}");
                    }

                    await Browser.ScreenshotAsync(page, $"staff-{name}-{language}");
                    await page.CloseAsync();
                }

                await context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_chart_has_a_text_alternative_that_names_what_it_shows_in_the_pages_language()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");
        await ChartsLoadedAsync(page);

        // By name, with the figures: the units chart names the units (not their codes) and their rates.
        var units = await page.Locator("#chart-units").GetAttributeAsync("alt");
        Assert.NotNull(units);
        Assert.Contains("Tỷ lệ hài lòng theo đơn vị", units, StringComparison.Ordinal);
        Assert.Contains("Phường Phủ Lý", units, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND-Q1", units, StringComparison.Ordinal);
        Assert.Matches(@"\d+,\d %", units);
        Assert.Contains("Tỷ lệ hài lòng theo kỳ", await page.Locator("#chart-trend").GetAttributeAsync("alt") ?? "", StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ không hài lòng theo tiêu chí", await page.Locator("#chart-criteria").GetAttributeAsync("alt") ?? "", StringComparison.Ordinal);
        Assert.Contains("Số phiếu theo giờ và thứ", await page.Locator("#chart-heatmap").GetAttributeAsync("alt") ?? "", StringComparison.Ordinal);

        await page.Locator("#lang").ClickAsync();

        await Assertions.Expect(page.Locator("#chart-units")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^Bar chart: satisfied rate by unit"));
        await Assertions.Expect(page.Locator("#chart-heatmap")).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^Heat map: ratings by hour and weekday"));
    }

    /// <summary>Rules that must have run (and passed) on a page: its images, form fields and buttons were there to check.</summary>
    private static string[] ExpectedPasses(string path) => path.Split('?')[0] switch
    {
        "dashboard.html" => ["image-alt", "label", "select-name", "button-name", "color-contrast"],
        "counter.html" => ["select-name", "button-name", "color-contrast"],
        "pad.html" => ["button-name", "color-contrast"],
        "login.html" => ["label", "button-name"],
        _ => ["color-contrast"],
    };

    /// <summary>Waits for the dashboard's four charts to have loaded their images.</summary>
    internal static async Task ChartsLoadedAsync(IPage page)
    {
        await page.Locator("#units tbody tr").First.WaitForAsync();
        foreach (var chart in new[] { "units", "trend", "criteria", "heatmap" })
        {
            await Assertions.Expect(page.Locator($"#chart-{chart}")).ToHaveJSPropertyAsync("complete", true);
        }
    }
}
