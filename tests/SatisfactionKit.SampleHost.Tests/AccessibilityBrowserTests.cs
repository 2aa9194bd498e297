using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// axe-core (Deque) over the citizen's pages and the kiosk, in Vietnamese and in English: no serious or critical
/// violation. Screenshots of each page are kept beside the test binaries for a reviewer.
/// </summary>
public sealed class AccessibilityBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Citizen_pages_and_the_kiosk_have_no_serious_or_critical_axe_violation_in_either_language()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var problems = new List<string>();
        foreach (var language in new[] { "vi", "en" })
        {
            var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), Locale = language });
            foreach (var (path, ready) in new[] { ("rate.html", "#criteria fieldset"), ("status.html", "#form"), ("kiosk", "#pairing") })
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(path);
                await page.Locator(ready).First.WaitForAsync();
                // The switch is kept per browser: once English, the next page opens in English.
                if (await page.EvaluateAsync<string>("document.documentElement.lang") != language)
                {
                    await page.Locator("#lang").ClickAsync();
                }

                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                var result = await page.RunAxe();
                problems.AddRange(Serious(result).Select(v => $"{path} ({language}): {v}"));
                await Browser.ScreenshotAsync(page, $"a11y-{Path.GetFileNameWithoutExtension(path)}-{language}");
                await page.CloseAsync();
            }

            await context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_scan_finds_a_violation_planted_in_a_page()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString() });
        await page.GotoAsync("status.html");
        await page.EvaluateAsync("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\"><input id=\"bare\">')");

        var found = Serious(await page.RunAxe()).ToList();

        Assert.Contains(found, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(found, v => v.Contains("label", StringComparison.Ordinal) && v.Contains("#bare", StringComparison.Ordinal));
    }

    /// <summary>The serious and critical violations, each with the elements it names.</summary>
    internal static IEnumerable<string> Serious(AxeResult result) =>
        result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
}
