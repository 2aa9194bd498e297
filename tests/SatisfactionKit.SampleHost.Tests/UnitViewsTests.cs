using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The sample's demo hierarchy with the 2025 merger (Data/DemoUnits.cs): two old wards merge into Phường Phủ Lý on
/// 1 July 2025, Tỉnh Hà Nam into Tỉnh Ninh Bình. Both views of 2025, over HTTP and on the dashboard, against figures
/// computed by hand from the demo ratings: Lê Hồng Phong 3 of 4 and Quang Trung 1 of 2 satisfied (May), Tiên Tân 2 of 2
/// (May) and 1 of 2 (September), Phủ Lý 2 of 4 (September).
/// </summary>
public sealed class UnitViewsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task The_dashboard_shows_2025_as_recorded_and_as_restructured_with_the_hand_computed_figures(string database)
    {
        await using var host = database == "Sqlite"
            ? await SampleHostProcess.StartWithFreshSqliteAsync(Ct)
            : await SampleHostProcess.StartWithFreshPostgresAsync(Ct);
        // The auditor reads every unit's roll-up; a reader limited to units is refused it (UnitScopeTests).
        using var client = await DemoSignIn.ClientAsync(host, "thanhtra", Ct);

        // As recorded on 30 June 2025, by commune: the old wards are there; Phủ Lý did not exist yet, so its ratings
        // are outside the hierarchy of that day. Tiên Tân: 2 + 1 of 2 + 2.
        var communes = await RollupAsync(client, "view=recorded&level=commune&asOf=2025-06-30");
        Assert.Contains("đơn vị như đã ghi nhận tại ngày 30/06/2025", Label(communes, "vi"), StringComparison.Ordinal);
        Assert.Contains("units as recorded on 2025-06-30", Label(communes, "en"), StringComparison.Ordinal);
        Assert.Equal(
            [("Xã Tiên Tân", "UBND-Q3", 4, 3), ("Phường Lê Hồng Phong", "X-LEHONGPHONG", 4, 3), ("Phường Quang Trung", "X-QUANGTRUNG", 2, 1), ("Ngoài danh mục đơn vị tại ngày báo cáo", "", 4, 2)],
            Rows(communes).OrderBy(r => r.Code.Length == 0).ThenBy(r => r.Code, StringComparer.Ordinal));

        // As recorded, by province and by district: Tỉnh Hà Nam / Thành phố Phủ Lý 10 ratings, 7 satisfied.
        Assert.Contains(("Tỉnh Hà Nam", "T-HANAM", 10, 7), Rows(await RollupAsync(client, "view=recorded&level=province&asOf=2025-06-30")));
        Assert.Contains(("Thành phố Phủ Lý", "H-PHULY", 10, 7), Rows(await RollupAsync(client, "view=recorded&level=district&asOf=2025-06-30")));

        // As restructured (today's hierarchy): the old wards' history is Phủ Lý's, 4 + 2 + 4 = 10 ratings, 3 + 1 + 2 = 6
        // satisfied (60 %); the province is Ninh Bình's 14 ratings, 9 satisfied.
        var now = await RollupAsync(client, "view=restructured&level=commune");
        Assert.Contains("số liệu của đơn vị đã sáp nhập tính cho đơn vị kế thừa", Label(now, "vi"), StringComparison.Ordinal);
        Assert.Contains("as restructured on", Label(now, "en"), StringComparison.Ordinal);
        Assert.Equal([("Phường Phủ Lý", "UBND-Q1", 10, 6), ("Xã Tiên Tân", "UBND-Q3", 4, 3)], Rows(now).OrderBy(r => r.Code, StringComparer.Ordinal));
        Assert.Equal(60m, now.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "UBND-Q1").GetProperty("satisfiedRate").GetDecimal());
        Assert.Equal([("Tỉnh Ninh Bình", "T-NINHBINH", 14, 9)], Rows(await RollupAsync(client, "view=restructured&level=province")));

        // The dashboard: pick the view and the level (both labelled), read the table and its caption.
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");
        await Assertions.Expect(page.Locator("label:has(#rollup-view)")).ToContainTextAsync("Cách tính");
        await Assertions.Expect(page.Locator("label:has(#rollup-level)")).ToContainTextAsync("Cấp");
        await page.SelectOptionAsync("#rollup-view", "restructured");
        await page.SelectOptionAsync("#rollup-level", "commune");
        await page.ClickAsync("#rollup-form button");
        await Assertions.Expect(page.Locator("#rollup-label")).ToContainTextAsync("theo cơ cấu tại ngày");
        await Assertions.Expect(page.Locator("#rollup tbody tr").First).ToContainTextAsync("Phường Phủ Lý");
        await Assertions.Expect(page.Locator("#rollup tbody tr").First).ToContainTextAsync("60");

        await page.SelectOptionAsync("#rollup-view", "recorded");
        await page.FillAsync("#rollup-asof", "2025-06-30");
        await page.ClickAsync("#rollup-form button");
        await Assertions.Expect(page.Locator("#rollup-label")).ToContainTextAsync("như đã ghi nhận tại ngày 30/06/2025");
        await Assertions.Expect(page.Locator("#rollup tbody")).ToContainTextAsync("Phường Lê Hồng Phong");
        await Browser.ScreenshotAsync(page, $"dashboard-units-{database}");
    }

    private static async Task<JsonElement> RollupAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>("api/reports/units?period=2025&" + query, Ct);

    private static string Label(JsonElement report, string language) => report.GetProperty("label").GetProperty(language).GetString()!;

    private static List<(string Name, string Code, int Ratings, int Satisfied)> Rows(JsonElement report) =>
        [.. report.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("code").GetString()!, r.GetProperty("ratings").GetInt32(), r.GetProperty("satisfied").GetInt32()))];
}
