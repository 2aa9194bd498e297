using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// The sample's quota per unit and period (the plan in appsettings.json: n = N / (1 + N·0.05²), at least 200 and 30 % for
/// 200–1,000 dossiers), where N is the dossiers returned in the period by the one-stop tables and n the forms collected.
/// Computed here from the database file, then read on the report API, the dashboard and the Excel workbook; the API's
/// shares carry n and Wilson bounds, checked against <see cref="IndependentWilson"/>.
/// </summary>
public sealed class SampleQuotaTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Last_month_quotas_equal_the_returned_dossiers_and_forms_counted_in_the_database_on_the_API_the_dashboard_and_the_workbook()
    {
        var settings = SampleHostProcess.FreshSqliteSettings();
        await using var host = await SampleHostProcess.StartAsync(settings, Ct);
        var now = DateTimeOffset.UtcNow.ToOffset(Vietnam);
        var from = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, Vietnam).AddMonths(-1);
        var to = from.AddMonths(1);
        var month = from.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // By hand, from the demo data the host wrote on its first start.
        var expected = new Dictionary<string, (int Dossiers, int Forms, int Required, int Short)>();
        await using (var db = new SqliteConnection($"Data Source={settings["SampleHost__SqliteFile"]};Mode=ReadOnly;Pooling=False"))
        {
            await db.OpenAsync(Ct);
            var returned = await ReadAsync(db, "SELECT UnitCode, ResultReturnedAt FROM demo_dossiers WHERE State = 'Returned'", t => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture));
            var forms = await ReadAsync(db, "SELECT UnitCode, SubmittedAt FROM SK_Ratings WHERE SchemeCode = 'HANOI_2014'", t => new DateTimeOffset(DateTime.Parse(t, CultureInfo.InvariantCulture), TimeSpan.Zero));
            foreach (var code in new[] { "UBND-Q1", "UBND-Q3" })
            {
                var n = returned.Count(r => r.Unit == code && r.At >= from && r.At < to);
                var collected = forms.Count(r => r.Unit == code && r.At >= from && r.At < to);
                var plan = n is >= 200 and <= 1000 ? Math.Max(200, (int)Math.Ceiling(0.3 * n)) : (int)Math.Ceiling(n / (1 + (n * 0.05 * 0.05)));
                var required = Math.Min(plan, n);
                expected[code] = (n, collected, required, Math.Max(0, required - collected));
            }
        }

        // The demo's story: Phủ Lý returned twice the dossiers it had rated and falls short; Tiên Tân rated every one.
        Assert.True(expected["UBND-Q1"].Short > 0, $"{expected["UBND-Q1"]}");
        Assert.Equal((expected["UBND-Q3"].Dossiers, 0), (expected["UBND-Q3"].Forms, expected["UBND-Q3"].Short));

        // The province's administrator reads the province-wide report.
        using var client = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct);
        var report = await client.GetFromJsonAsync<JsonElement>($"api/reports?period={month}", Ct);
        var quotas = report.GetProperty("quotas").EnumerateArray().ToDictionary(
            q => q.GetProperty("unitCode").GetString()!,
            q => (q.GetProperty("dossiers").GetInt32(), q.GetProperty("ratings").GetInt32(), q.GetProperty("quota").GetInt32(), q.GetProperty("shortfall").GetInt32()));
        Assert.Equal(expected.OrderBy(e => e.Key), quotas.OrderBy(q => q.Key));

        // Every share with n and its Wilson bounds: the total and each unit.
        AssertInterval(report.GetProperty("total"));
        Assert.All(report.GetProperty("byUnit").EnumerateArray(), AssertInterval);

        // The dashboard: the quota row of each unit and period, by name; the unit's share with n and interval.
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");
        await page.FillAsync("#period", month);
        await page.ClickAsync("#form button");
        var days = from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + "–" + to.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var q1 = expected["UBND-Q1"];
        await Assertions.Expect(page.Locator("#quotas tr[data-key='UBND-Q1'] td")).ToHaveTextAsync(
            ["Phường Phủ Lý", $"{month} ({days})", $"{q1.Dossiers}", $"{q1.Forms}", $"{q1.Required}", $"Thiếu {q1.Short} phiếu", Margin(q1.Forms, q1.Dossiers)]);
        var q3 = expected["UBND-Q3"];
        await Assertions.Expect(page.Locator("#quotas tr[data-key='UBND-Q3'] td")).ToHaveTextAsync(
            ["Xã Tiên Tân", $"{month} ({days})", $"{q3.Dossiers}", $"{q3.Forms}", $"{q3.Required}", "Đạt", Margin(q3.Forms, q3.Dossiers)]);
        var unit = report.GetProperty("byUnit").EnumerateArray().Single(u => u.GetProperty("key").GetString() == "UBND-Q1");
        var (lower, upper) = IndependentWilson.Percent(unit.GetProperty("satisfied").GetInt32(), unit.GetProperty("ratings").GetInt32());
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        await Assertions.Expect(page.Locator("#units tr[data-key='UBND-Q1'] td").Nth(4)).ToHaveTextAsync(
            $"{unit.GetProperty("satisfiedRate").GetDouble().ToString("0.0", vi)} % (n = {q1.Forms}; KTC 95 %: {lower.ToString("0.0", vi)}–{upper.ToString("0.0", vi)} %)");
        await Browser.ScreenshotAsync(page, "dashboard-quotas");
        await page.ClickAsync("#lang");
        await Assertions.Expect(page.Locator("#quotas tr[data-key='UBND-Q1'] td").Nth(5)).ToHaveTextAsync($"Short by {q1.Short}");
        await Assertions.Expect(page.Locator("#quotas th[data-t='dossiersReturned']")).ToHaveTextAsync("Dossiers returned");

        // The workbook's quota sheet, read back with MiniExcel.
        var xlsx = await client.GetByteArrayAsync($"api/reports/export.xlsx?period={month}", Ct);
        using var stream = new MemoryStream(xlsx);
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Chỉ tiêu mẫu").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value.Dossiers, e.Value.Forms, e.Value.Required, e.Value.Short, e.Value.Short == 0 ? "Đạt" : "Chưa đạt", month)),
            sheet.Select(r => ((string)r["Mã đơn vị"]!, Int(r["Số hồ sơ"]), Int(r["Số phiếu"]), Int(r["Chỉ tiêu"]), Int(r["Còn thiếu"]), (string)r["Đạt"]!, (string)r["Kỳ"]!)));
        Assert.Equal(["Phường Phủ Lý", "Xã Tiên Tân"], sheet.Select(r => (string)r["Tên đơn vị"]!));
    }

    [Fact]
    public async Task A_sampling_plan_out_of_range_stops_the_host_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SampleHostProcess.StartWithFreshSqliteAsync(
            Ct, new Dictionary<string, string> { ["SampleHost__SamplingPlan__MarginOfError"] = "1.5" }));
        Assert.Contains("SampleHost:SamplingPlan:MarginOfError = 1.5 không hợp lệ", error.Message, StringComparison.Ordinal);
        Assert.Contains("is invalid (must be 0 < e < 1)", error.Message, StringComparison.Ordinal);
    }

    private static void AssertInterval(JsonElement row)
    {
        var (lower, upper) = IndependentWilson.Percent(row.GetProperty("satisfied").GetInt32(), row.GetProperty("ratings").GetInt32());
        var interval = row.GetProperty("satisfiedRateInterval");
        Assert.Equal(row.GetProperty("ratings").GetInt32(), interval.GetProperty("sampleSize").GetInt32());
        Assert.Equal(lower, interval.GetProperty("lower").GetDouble(), 6);
        Assert.Equal(upper, interval.GetProperty("upper").GetDouble(), 6);
    }

    // The margin a sample of n from N gives a share at 50 %: 1.96·√(0.25/n · (N − n)/(N − 1)), in points (0 for a census).
    private static string Margin(int n, int population) =>
        "± " + (1.959963984540054 * Math.Sqrt(0.25 / n * (population - n) / (population - 1)) * 100).ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) + " điểm %";

    private static int Int(object? cell) => Convert.ToInt32(cell, CultureInfo.InvariantCulture);

    private static async Task<List<(string Unit, DateTimeOffset At)>> ReadAsync(SqliteConnection db, string sql, Func<string, DateTimeOffset> parse)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add((reader.GetString(0), parse(reader.GetString(1))));
        }

        return rows;
    }
}
