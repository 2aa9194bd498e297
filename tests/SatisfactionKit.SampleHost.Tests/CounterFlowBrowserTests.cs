using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The counter flow in a real browser: the officer returns a result, the citizen presses the on-screen pad.</summary>
public sealed class CounterFlowBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Counter_prompt_then_a_pad_press_is_stored_and_the_officer_sees_only_that_it_completed(string database)
    {
        await using var host = database == "Sqlite"
            ? await SampleHostProcess.StartWithFreshSqliteAsync(Ct)
            : await SampleHostProcess.StartWithFreshPostgresAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        // The officer of UBND-Q1 at the counter and on the counter's pad; the province's administrator on the dashboard.
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "canbo.q1");

        using var client = await DemoSignIn.ClientAsync(host, "canbo.q1", Ct);
        using var province = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct);
        var before = (await province.GetFromJsonAsync<JsonElement>("api/reports", Ct)).GetProperty("total").GetProperty("ratings").GetInt32();
        // A NUL or an over-long code in the sample's own queries is a 400 naming it, not a database error.
        foreach (var url in new[] { "api/reports/export.csv?unit=UBND%00Q1", "api/dossiers?unit=" + new string('U', 65), "api/dossiers/HS%1B01/status" })
        {
            using var refused = await (url.StartsWith("api/reports", StringComparison.Ordinal) ? province : client).GetAsync(url, Ct);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("SK_INPUT_INVALID", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }


        var counter = await context.NewPageAsync();
        await counter.GotoAsync("counter.html?unit=UBND-Q1&counter=QUAY-01");
        var pad = await context.NewPageAsync();
        await pad.GotoAsync("pad.html?unit=UBND-Q1&counter=QUAY-01");
        await Assertions.Expect(pad.Locator("#prompt")).ToHaveTextAsync("Xin chờ cán bộ trả kết quả…");
        // Both pages name the counter ("Quầy 1"), not its code.
        await Assertions.Expect(counter.Locator("#counter-id")).ToHaveTextAsync("Quầy 1");
        await Assertions.Expect(pad.Locator("#counter-id")).ToHaveTextAsync("Quầy 1");

        // The officer picks the first dossier ready at the counter and hands the result back.
        var dossier = await counter.Locator("#dossier option").First.GetAttributeAsync("value");
        Assert.NotNull(dossier);
        await counter.ClickAsync("#return");
        await Assertions.Expect(counter.Locator("#status")).ToHaveTextAsync("Đang chờ công dân đánh giá…");
        await Assertions.Expect(pad.Locator("#prompt")).ToHaveTextAsync("Ông/bà có hài lòng không?");
        await Browser.ScreenshotAsync(pad, $"pad-asks-{database}");

        // The citizen presses key 2 on the pad: Hà Nội's "Không hài lòng", then names a criterion.
        await pad.Keyboard.PressAsync("2");
        await Assertions.Expect(pad.Locator("#prompt")).ToHaveTextAsync("Ông/bà chưa hài lòng về điều gì?");
        // The officer's screen still just waits: a follow-up step would tell the officer the citizen was dissatisfied.
        await Assertions.Expect(counter.Locator("#status")).ToHaveTextAsync("Đang chờ công dân đánh giá…");
        await pad.Locator("#buttons button").Nth(2).ClickAsync();

        await Assertions.Expect(pad.Locator("#prompt")).ToHaveTextAsync("Cảm ơn ông/bà đã đánh giá!");
        await Assertions.Expect(counter.Locator("#status")).ToHaveTextAsync("Công dân đã đánh giá. Cảm ơn!");
        await Browser.ScreenshotAsync(counter, $"counter-rated-{database}");

        // The officer's page never shows which level was chosen.
        var officerSees = await counter.ContentAsync();
        Assert.DoesNotContain("Không hài lòng", officerSees, StringComparison.Ordinal);
        Assert.DoesNotContain("KHL", officerSees, StringComparison.Ordinal);

        // And the rating is stored against the dossier.
        var status = await client.GetFromJsonAsync<JsonElement>("api/units/UBND-Q1/counters/QUAY-01/status", Ct);
        Assert.Equal("Done", status.GetProperty("state").GetString());
        Assert.Equal(dossier, status.GetProperty("dossierCode").GetString());

        // The dashboard counts it (the month's report is computed in the database) and draws its charts.
        var officials = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(officials, "quantri.tinh");
        var dashboard = await officials.NewPageAsync();
        await dashboard.GotoAsync("dashboard.html");
        await Assertions.Expect(dashboard.Locator("#ratings")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var chart in new[] { "units", "trend", "criteria", "heatmap" })
        {
            await Assertions.Expect(dashboard.Locator($"#chart-{chart}")).ToHaveJSPropertyAsync("complete", true);
            Assert.True(await dashboard.Locator($"#chart-{chart}").EvaluateAsync<int>("img => img.naturalWidth") > 100, chart);
        }

        await Browser.ScreenshotAsync(dashboard, $"dashboard-{database}");

        // The officials' Excel report downloads and reads back with the same count.
        var download = await dashboard.RunAndWaitForDownloadAsync(() => dashboard.ClickAsync("#xlsx"));
        var file = Path.Combine(Path.GetTempPath(), $"sk-report-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        var summary = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>().ToList();
        var ratings = summary.Single(r => (string)r["Chỉ tiêu"] == "Số phiếu")["Giá trị"];
        Assert.Equal(before + 1, Convert.ToInt32(ratings, System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(file);
    }

    [Fact]
    public async Task The_pages_switch_to_English()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "canbo.q1");
        var page = await context.NewPageAsync();

        await page.GotoAsync("pad.html?counter=QUAY-02");
        await Assertions.Expect(page.Locator("#prompt")).ToHaveTextAsync("Xin chờ cán bộ trả kết quả…");
        await page.ClickAsync("#lang");

        await Assertions.Expect(page.Locator("#prompt")).ToHaveTextAsync("Please wait for the officer to return your result…");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
    }
}
