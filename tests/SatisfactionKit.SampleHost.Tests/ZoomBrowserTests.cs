using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// Every page at 200 % zoom: a 1280 px wide window zoomed to 200 % lays the page out in 640 CSS pixels at twice the
/// size, which Chromium reproduces with a 640 px viewport and a device scale of 2. Nothing may need sideways scrolling of
/// the page (WCAG 1.4.10; a wide table may scroll inside its own box), and text stays at least 12 CSS px.
/// </summary>
public sealed class ZoomBrowserTests
{
    private static readonly (string Path, string? Account, string Ready)[] Pages =
    [
        ("rate.html", null, "#criteria fieldset"),
        ("status.html", null, "#form"),
        ("kiosk", null, "#pairing"),
        ("login.html", null, "#form"),
        ("index.html", "canbo.q1", "#who"),
        ("counter.html?unit=UBND-Q1&counter=QUAY-01", "canbo.q1", "#dossier option"),
        ("pad.html?unit=UBND-Q1&counter=QUAY-01", "canbo.q1", "#buttons button"),
        ("dashboard.html", "quantri.tinh", "#units tbody tr"),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_reflows_at_200_percent_zoom_without_sideways_scrolling()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var problems = new List<string>();
        foreach (var account in Pages.Select(p => p.Account).Distinct())
        {
            var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = host.BaseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 640, Height = 800 },
                DeviceScaleFactor = 2,
            });
            if (account is not null)
            {
                await DemoSignIn.BrowserAsync(context, account);
            }

            foreach (var (path, _, ready) in Pages.Where(p => p.Account == account))
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(path);
                await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0)
                {
                    problems.Add($"{path}: {overflow} px wider than the window");
                }

                var smallest = await page.EvaluateAsync<double>(
                    "Math.min(...[...document.querySelectorAll('body *')].filter(e => e.offsetParent && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())).map(e => parseFloat(getComputedStyle(e).fontSize)))");
                if (smallest < 12)
                {
                    problems.Add($"{path}: text at {smallest} px");
                }

                await Browser.ScreenshotAsync(page, "zoom200-" + Path.GetFileNameWithoutExtension(path.Split('?')[0]));
                await page.CloseAsync();
            }

            await context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
