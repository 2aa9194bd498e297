using System.Net.Http.Json;
using System.Text.Json;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The report per administrative procedure, named from the sample's procedure table (its IReportNameSource).</summary>
public sealed class ProcedureReportTests
{
    private static readonly Dictionary<string, string> DemoProcedures = new()
    {
        ["1.001612"] = "Đăng ký hộ kinh doanh",
        ["1.004227"] = "Đăng ký khai sinh",
        ["1.003001"] = "Cấp giấy chứng nhận quyền sử dụng đất",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_year_report_has_a_row_per_procedure_by_name_that_adds_up_to_the_total()
    {
        await using var host = await SampleHostProcess.StartWithFreshSqliteAsync(Ct);
        using var province = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct);

        var report = await province.GetFromJsonAsync<JsonElement>($"api/reports?period={DateTime.UtcNow.Year}", Ct);

        var rows = report.GetProperty("byProcedure").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(report.GetProperty("total").GetProperty("ratings").GetInt32(), rows.Sum(r => r.GetProperty("ratings").GetInt32()));
        var names = report.GetProperty("names").GetProperty("procedures");
        foreach (var row in rows)
        {
            var code = row.GetProperty("key").GetString()!;
            Assert.True(DemoProcedures.ContainsKey(code), $"an unexpected procedure {code}");
            Assert.Equal(DemoProcedures[code], names.GetProperty(code).GetString());
        }

        // The workbook's "Theo thủ tục" sheet names them too.
        using var xlsx = await province.GetAsync($"api/reports/export.xlsx?period={DateTime.UtcNow.Year}", Ct);
        xlsx.EnsureSuccessStatusCode();
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo thủ tục").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(rows.Select(r => DemoProcedures[r.GetProperty("key").GetString()!]).Order(), sheet.Select(s => (string)s["Tên thủ tục"]).Order());

        // The dashboard's "Theo thủ tục" table: one row per procedure, by name, its code beside.
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");
        await page.FillAsync("#period", $"{DateTime.UtcNow:yyyy-MM}");
        await page.ClickAsync("#form button");
        var month = await province.GetFromJsonAsync<JsonElement>($"api/reports?period={DateTime.UtcNow:yyyy-MM}", Ct);
        var table = page.Locator("#procedures tbody tr");
        await Microsoft.Playwright.Assertions.Expect(table).ToHaveCountAsync(month.GetProperty("byProcedure").GetArrayLength());
        foreach (var row in month.GetProperty("byProcedure").EnumerateArray())
        {
            var code = row.GetProperty("key").GetString()!;
            var cells = page.Locator($"#procedures tbody tr[data-key='{code}'] td");
            await Microsoft.Playwright.Assertions.Expect(cells.Nth(0)).ToHaveTextAsync(DemoProcedures[code]);
            await Microsoft.Playwright.Assertions.Expect(cells.Nth(1)).ToHaveTextAsync(code);
        }
    }
}
