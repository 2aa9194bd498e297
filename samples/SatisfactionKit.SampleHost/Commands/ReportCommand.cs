using System.CommandLine;
using SatisfactionKit.Charts;
using SatisfactionKit.Reports;
using SatisfactionKit.Spreadsheets;

namespace SatisfactionKit.SampleHost.Commands;

/// <summary>
/// <c>report --month 2026-10 [--unit UBND-Q1] [--scheme SIPAS_22] [--out folder]</c>: the period's report (computed in the
/// database) as the Excel workbook officials file, one CSV per view and the charts as PNG; it prints every share with
/// its n and 95 % interval, the SIPAS-style factor and criterion indices and the quotas (<see cref="ReportConsole"/>).
/// </summary>
public static class ReportCommand
{
    public static Command Create(IServiceProvider services)
    {
        var month = new Option<string>("--month") { Description = "Kỳ: 2026-10, 2026-Q3, 2026-H1 hoặc 2026 / the period", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Một đơn vị; bỏ trống là toàn tỉnh / one unit; the whole province when absent" };
        var schemeOption = new Option<string?>("--scheme") { Description = "Bộ tiêu chí (mặc định: của cấu hình) / the scheme (default: the configured one), e.g. SIPAS_22" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Thư mục ghi báo cáo / the folder to write to", DefaultValueFactory = _ => new DirectoryInfo("reports") };
        var command = new Command("report", "Lập báo cáo kỳ (Excel, CSV, biểu đồ) / write a period's report (Excel, CSV, charts)") { month, unit, schemeOption, output };
        command.SetAction(async (parse, ct) =>
        {
            ReportPeriod period;
            try
            {
                period = ReportPeriod.Parse(parse.GetValue(month)!);
            }
            catch (FormatException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            var scheme = parse.GetValue(schemeOption) ?? services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SatisfactionKitOptions>>().Value.DefaultScheme.Code;
            if (await services.GetRequiredService<Schemes.IRatingSchemeProvider>().FindAsync(scheme, cancellationToken: ct) is null)
            {
                await Console.Error.WriteLineAsync($"Không có bộ tiêu chí '{scheme}' / there is no scheme '{scheme}'.");
                return 2;
            }

            Console.WriteLine($"Đang tính báo cáo {period} / computing the {period} report…");
            var report = await services.GetRequiredService<SatisfactionReportBuilder>().BuildAsync(period, parse.GetValue(unit), scheme, ct);

            var name = $"bao-cao-{period}{(report.UnitCode is { } u ? "-" + u : string.Empty)}";
            await using (var xlsx = File.Create(Path.Combine(folder.FullName, name + ".xlsx")))
            {
                await ReportSpreadsheets.WriteExcelAsync(report, xlsx, ct);
            }

            foreach (var view in new[] { ReportView.Summary, ReportView.ByUnit, ReportView.ByProcedure, ReportView.Trend, ReportView.Criteria })
            {
                await using var csv = new StreamWriter(Path.Combine(folder.FullName, $"{name}-{view.ToString().ToLowerInvariant()}.csv"), false, new System.Text.UTF8Encoding(true));
                await ReportSpreadsheets.WriteCsvAsync(report, view, csv, ct);
            }

            var charts = ReportCharts.WriteAll(report, folder.FullName);
            ReportConsole.Write(Console.Out, report);
            Console.WriteLine($"{report.Total.Ratings} đánh giá, hài lòng {report.Total.SatisfiedRate:0.##} %, hạn nộp trước {report.DueBefore:dd/MM/yyyy}. / {report.Total.Ratings} ratings, {report.Total.SatisfiedRate:0.##} % satisfied, due before {report.DueBefore:yyyy-MM-dd}.");
            Console.WriteLine($"Đã ghi / written: {folder.FullName} ({name}.xlsx, 4 CSV, {charts.Count} PNG)");
            return 0;
        });
        return command;
    }
}
