using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>
/// Issue 22's sample test: SIPAS forms imported from a file, then <c>report --scheme SIPAS_22</c>, the report API and the
/// dashboard show the factor and criterion indices equal to a hand computation made here from the file's answers:
/// criterion share = answers at 4 or 5 ÷ answers on it × 100 (factor 5 answered only by those who gave feedback,
/// <c>DA_GOP_Y</c>); factor index = mean of its criteria's shares; overall = mean of the factors. Every share carries its n
/// and 95 % interval, checked against <see cref="IndependentWilson"/>.
/// </summary>
public sealed class SipasReportBrowserTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    // Seven paper forms: four of Phường Phủ Lý (UBND-Q1), three of Xã Tiên Tân (UBND-Q3); three gave feedback and
    // answered factor 5. {day} is yesterday.
    private const string Forms = """
        Mã hồ sơ,Mã thủ tục,Mã đơn vị,Ngày trả kết quả,Bộ tiêu chí,Điều kiện,TC1.1,TC1.2,TC1.3,TC1.4,TC2.1,TC2.2,TC2.3,TC2.4,TC2.5,TC3.1,TC3.2,TC3.3,TC3.4,TC3.5,TC3.6,TC4.1,TC4.2,TC4.3,TC5.1,TC5.2,TC5.3,TC5.4
        HS-SIPAS-1,1.004227,UBND-Q1,{day},SIPAS_22,DA_GOP_Y,5,4,4,3,5,4,4,5,2,5,5,4,4,3,5,4,5,4,4,3,5,2
        HS-SIPAS-2,1.004227,UBND-Q1,{day},SIPAS_22,,4,4,3,2,4,5,3,4,4,4,4,5,3,4,4,5,4,4,,,,
        HS-SIPAS-3,1.001612,UBND-Q1,{day},SIPAS_22,,3,5,4,4,5,5,4,2,3,5,4,4,5,4,3,4,4,2,,,,
        HS-SIPAS-4,1.001612,UBND-Q1,{day},SIPAS_22,DA_GOP_Y,2,3,5,4,4,4,5,4,5,3,2,4,4,5,4,5,3,5,2,4,4,4
        HS-SIPAS-5,1.003001,UBND-Q3,{day},SIPAS_22,,5,5,5,4,3,4,4,5,4,4,5,5,4,4,5,5,5,4,,,,
        HS-SIPAS-6,1.003001,UBND-Q3,{day},SIPAS_22,DA_GOP_Y,4,2,4,5,4,3,5,4,4,5,4,3,5,4,4,4,2,5,5,3,2,4
        HS-SIPAS-7,1.004227,UBND-Q3,{day},SIPAS_22,,1,4,4,4,5,4,4,3,4,4,4,4,4,2,4,3,4,5,,,,
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Imported_SIPAS_forms_show_the_hand_computed_indices_with_their_intervals_in_report_the_API_and_the_dashboard(string database)
    {
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, vietnam);
        var text = Forms.Replace("{day}", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var hand = HandComputation.Of(text);
        Assert.Equal((7, 22, 5), (hand.Forms, hand.Criteria.Count, hand.Factors.Count));

        var settings = SampleHostProcess.FreshSqliteSettings();
        var folder = Path.GetDirectoryName(settings["SampleHost__SqliteFile"])!;
        if (database == "PostgreSql")
        {
            settings["SampleHost__Database"] = "PostgreSql";
            settings["ConnectionStrings__PostgreSql"] = await FreshPostgresDatabaseAsync();
        }

        var file = Path.Combine(folder, "phieu-sipas.csv");
        await File.WriteAllTextAsync(file, text, new UTF8Encoding(true), Ct);
        var import = await SampleHostProcess.RunCommandAsync(settings, Ct, "import", file, "--batch", "SIPAS-TEST", "--entered-by", "nv.khaosat02");
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("Đã lưu 7 phiếu", import.Output, StringComparison.Ordinal);

        // Paper forms are dated by their import: this month's report (in Việt Nam time) holds them.
        var month = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, vietnam).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // report --scheme SIPAS_22: each factor and criterion, to 2 decimals.
        var report = await SampleHostProcess.RunCommandAsync(settings, Ct, "report", "--month", month, "--scheme", "SIPAS_22", "--out", Path.Combine(folder, "reports"));
        Assert.True(report.ExitCode == 0, report.Output);
        var printedFactors = Printed(report.Output, @"Yếu tố / factor (?<code>YT\d) — [^\n]*?: (?<value>\d+,\d+) %");
        var printedCriteria = Printed(report.Output, @"Tiêu chí / criterion (?<code>TC[\d.]+) — [^\n]*?: (?<value>\d+,\d+) % \(n = (?<n>\d+);");
        Assert.Equal(hand.Factors.Keys.Order(), printedFactors.Keys.Order());
        Assert.Equal(hand.Criteria.Keys.Order(), printedCriteria.Keys.Order());
        Assert.All(hand.Factors, f => Assert.Equal(Math.Round(f.Value, 2), printedFactors[f.Key].Value));
        Assert.All(hand.Criteria, c => Assert.Equal((Math.Round(c.Value.Share, 2), c.Value.N), printedCriteria[c.Key]));
        Assert.Contains($"Chỉ số SIPAS chung / overall SIPAS-style index: {hand.Overall.ToString("0.00", Vi)} %", report.Output, StringComparison.Ordinal);

        // The workbook it wrote: the SIPAS sheet names each factor beside its code, the index to 2 decimals.
        var sheet = MiniExcelLibs.MiniExcel.Query(Path.Combine(folder, "reports", $"bao-cao-{month}.xlsx"), useHeaderRow: true, sheetName: "Chỉ số SIPAS")
            .Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["Yếu tố"]!);
        Assert.Equal((double)Math.Round(hand.Overall, 2), Convert.ToDouble(sheet["Chung"]["Chỉ số (%)"], CultureInfo.InvariantCulture), 9);
        Assert.All(hand.Factors, f => Assert.Equal((double)Math.Round(f.Value, 2), Convert.ToDouble(sheet[f.Key]["Chỉ số (%)"], CultureInfo.InvariantCulture), 9));
        Assert.Equal("Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị", sheet["YT5"]["Tên yếu tố"]);

        await using var host = await SampleHostProcess.StartAsync(settings, Ct);
        // The province's administrator reads the province-wide report.
        using var client = await DemoSignIn.ClientAsync(host, "quantri.tinh", Ct);
        var api = await client.GetFromJsonAsync<JsonElement>($"api/reports?period={month}&scheme=SIPAS_22", Ct);

        // The API: every criterion with n, satisfied and the Wilson bounds; factors and overall as by hand.
        foreach (var criterion in api.GetProperty("criteria").EnumerateArray())
        {
            var expected = hand.Criteria[criterion.GetProperty("criterionCode").GetString()!];
            Assert.Equal((expected.N, expected.Satisfied), (criterion.GetProperty("answers").GetInt32(), criterion.GetProperty("satisfied").GetInt32()));
            AssertInterval(criterion.GetProperty("satisfiedShareInterval"), expected.Satisfied, expected.N);
        }

        Assert.Equal(22, api.GetProperty("criteria").GetArrayLength());
        var sipas = api.GetProperty("sipasStyle");
        foreach (var factor in sipas.GetProperty("factors").EnumerateArray())
        {
            Assert.Equal((double)hand.Factors[factor.GetProperty("factorCode").GetString()!], factor.GetProperty("index").GetDouble(), 9);
            var bootstrap = api.GetProperty("sipasStyleIntervals").GetProperty("factors").GetProperty(factor.GetProperty("factorCode").GetString()!);
            Assert.InRange(factor.GetProperty("index").GetDouble(), bootstrap.GetProperty("lower").GetDouble() - 1e-9, bootstrap.GetProperty("upper").GetDouble() + 1e-9);
        }

        Assert.Equal((double)hand.Overall, sipas.GetProperty("overall").GetDouble(), 9);
        Assert.Equal(7, api.GetProperty("sipasStyleIntervals").GetProperty("respondents").GetInt32());
        // By unit: only the scheme's forms (4 and 3), none satisfied on every criterion, with n and the Wilson bounds.
        var units = api.GetProperty("byUnit").EnumerateArray().ToDictionary(u => u.GetProperty("key").GetString()!);
        Assert.Equal([("UBND-Q1", 4), ("UBND-Q3", 3)], units.Select(u => (u.Key, u.Value.GetProperty("ratings").GetInt32())).Order());
        Assert.All(units.Values, u => AssertInterval(u.GetProperty("satisfiedRateInterval"), u.GetProperty("satisfied").GetInt32(), u.GetProperty("ratings").GetInt32()));
        Assert.Equal(("Phường Phủ Lý", "Xã Tiên Tân"), (api.GetProperty("names").GetProperty("units").GetProperty("UBND-Q1").GetString(), api.GetProperty("names").GetProperty("units").GetProperty("UBND-Q3").GetString()));

        // The dashboard, SIPAS chosen: factors and criteria by name, each with the hand figure (1 decimal) and its interval.
        await using var browser = await Browser.LaunchAsync();
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        await DemoSignIn.BrowserAsync(context, "quantri.tinh");
        var page = await context.NewPageAsync();
        await page.GotoAsync("dashboard.html");
        await page.FillAsync("#period", month);
        await page.SelectOptionAsync("#scheme", "SIPAS_22");
        await page.ClickAsync("#form button");
        await Assertions.Expect(page.Locator("#sipas-section")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#factors tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#sipas")).ToHaveTextAsync($"{hand.Overall.ToString("0.0", Vi)} %");
        await Assertions.Expect(page.Locator("#factors tr[data-key='YT3'] td").First).ToHaveTextAsync("Công chức trực tiếp giải quyết công việc");
        foreach (var (code, index) in hand.Factors)
        {
            await Assertions.Expect(page.Locator($"#factors tr[data-key='{code}'] td").Nth(1)).ToContainTextAsync($"{index.ToString("0.0", Vi)} % (KTC 95 %: ");
        }

        await Assertions.Expect(page.Locator("#criteria tbody tr")).ToHaveCountAsync(22);
        await Assertions.Expect(page.Locator("#criteria tr[data-key='TC2.5'] td").First).ToHaveTextAsync(new Regex("^Thời hạn giải quyết"));
        foreach (var (code, c) in hand.Criteria)
        {
            var (lower, upper) = IndependentWilson.Percent(c.Satisfied, c.N);
            await Assertions.Expect(page.Locator($"#criteria tr[data-key='{code}'] td").Nth(3)).ToHaveTextAsync(
                $"{c.Share.ToString("0.0", Vi)} % (n = {c.N}; KTC 95 %: {lower.ToString("0.0", Vi)}–{upper.ToString("0.0", Vi)} %)");
        }

        await Assertions.Expect(page.Locator("#units tr[data-key='UBND-Q1'] td").First).ToHaveTextAsync("Phường Phủ Lý");
        await Browser.ScreenshotAsync(page, $"dashboard-sipas-{database}");

        // English: the same figures, English labels and numbers.
        await page.ClickAsync("#lang");
        var tc51 = hand.Criteria["TC5.1"];
        var (l51, u51) = IndependentWilson.Percent(tc51.Satisfied, tc51.N);
        await Assertions.Expect(page.Locator("#criteria tr[data-key='TC5.1'] td").Nth(3)).ToHaveTextAsync(
            $"{tc51.Share.ToString("0.0", En)} % (n = {tc51.N}; 95 % CI: {l51.ToString("0.0", En)}–{u51.ToString("0.0", En)} %)");
        await Assertions.Expect(page.Locator("#factors tr[data-key='YT3'] td").First).ToHaveTextAsync("The officer handling the matter");
        await Assertions.Expect(page.Locator("h2[data-t='sipasTitle']")).ToHaveTextAsync("SIPAS-style index by factor");
    }

    // A new database on the test server, for the commands and the host alike (the host and its commands share settings).
    private static async Task<string> FreshPostgresDatabaseAsync()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Testing.TestEnvironment.PostgresConnectionString());
        var name = $"sk_sipas_{Guid.NewGuid():N}";
        await using (var connection = new Npgsql.NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(Ct);
        }

        server.Database = name;
        return server.ConnectionString;
    }

    private static void AssertInterval(JsonElement interval, int satisfied, int n)
    {
        var (lower, upper) = IndependentWilson.Percent(satisfied, n);
        Assert.Equal(n, interval.GetProperty("sampleSize").GetInt32());
        Assert.Equal(lower, interval.GetProperty("lower").GetDouble(), 6);
        Assert.Equal(upper, interval.GetProperty("upper").GetDouble(), 6);
    }

    private static Dictionary<string, (decimal Value, int N)> Printed(string output, string pattern) =>
        Regex.Matches(output, pattern).ToDictionary(
            m => m.Groups["code"].Value,
            m => (decimal.Parse(m.Groups["value"].Value, Vi), m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 0));

    /// <summary>The indices computed from the file's own cells.</summary>
    private sealed record HandComputation(int Forms, Dictionary<string, (int Satisfied, int N, decimal Share)> Criteria, SortedDictionary<string, decimal> Factors, decimal Overall)
    {
        public static HandComputation Of(string csv)
        {
            var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var header = lines[0].Split(',');
            var counts = new Dictionary<string, (int Satisfied, int N)>();
            foreach (var line in lines.Skip(1))
            {
                var cells = line.Split(',');
                Assert.Equal(header.Length, cells.Length);
                for (var i = 0; i < header.Length; i++)
                {
                    if (header[i].StartsWith("TC", StringComparison.Ordinal) && cells[i].Length > 0)
                    {
                        var (satisfied, n) = counts.GetValueOrDefault(header[i]);
                        counts[header[i]] = (satisfied + (int.Parse(cells[i], CultureInfo.InvariantCulture) >= 4 ? 1 : 0), n + 1);
                    }
                }
            }

            var criteria = counts.ToDictionary(c => c.Key, c => (c.Value.Satisfied, c.Value.N, Share: c.Value.Satisfied * 100m / c.Value.N));
            // TC3.4 belongs to YT3.
            var factors = new SortedDictionary<string, decimal>(criteria.GroupBy(c => "YT" + c.Key[2]).ToDictionary(g => g.Key, g => g.Average(c => c.Value.Share)), StringComparer.Ordinal);
            return new HandComputation(lines.Length - 1, criteria, factors, factors.Values.Average());
        }
    }
}
