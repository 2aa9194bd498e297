using System.CommandLine;
using SatisfactionKit.EntityFrameworkCore.Rollups;

namespace SatisfactionKit.SampleHost.Commands;

/// <summary>
/// <c>rollups check</c>: compares every roll-up cell with the ratings and lists the cells that differ (exit 1);
/// <c>rollups rebuild</c>: recomputes them from the ratings (writers wait while it runs).
/// </summary>
public static class RollupsCommand
{
    public static Command Create(IServiceProvider services)
    {
        var check = new Command("check", "So các số tổng hợp với các đánh giá / compare the roll-ups with the ratings");
        check.SetAction(async (_, ct) =>
        {
            var result = await services.GetRequiredService<IRatingRollups>().CheckAsync(new CountProgress("đánh giá đã so / ratings compared"), ct);
            foreach (var difference in result.Differences)
            {
                Console.WriteLine($"  {difference.Table}: {difference.Cell}: lưu / stored {difference.Stored} ({difference.StoredSatisfied}), tính từ đánh giá / from the ratings {difference.Expected} ({difference.ExpectedSatisfied})");
            }

            Console.WriteLine(result.IsConsistent
                ? $"Số tổng hợp khớp với {result.Ratings} đánh giá ({result.Cells} ô). / The roll-ups match the {result.Ratings} ratings ({result.Cells} cells)."
                : $"{result.DifferenceCount} ô không khớp: chạy 'rollups rebuild'. / {result.DifferenceCount} cell(s) differ: run 'rollups rebuild'.");
            if (!result.IsBuilt)
            {
                Console.WriteLine("Số tổng hợp chưa được dựng cho múi giờ báo cáo: báo cáo đang đọc các đánh giá. / The roll-ups are not built for the reporting time zone: reports read the ratings.");
            }

            return result.IsConsistent ? 0 : 1;
        });
        var rebuild = new Command("rebuild", "Dựng lại số tổng hợp từ các đánh giá / rebuild the roll-ups from the ratings");
        rebuild.SetAction(async (_, ct) =>
        {
            var result = await services.GetRequiredService<IRatingRollups>().RebuildAsync(new CountProgress("đánh giá đã đọc / ratings read"), ct);
            Console.WriteLine($"Đã dựng lại từ {result.Ratings} đánh giá: {result.RatingCells} ô đánh giá, {result.AnswerCells} ô câu trả lời ({result.TimeZoneId}). / Rebuilt from {result.Ratings} ratings: {result.RatingCells} rating cells, {result.AnswerCells} answer cells ({result.TimeZoneId}).");
            return 0;
        });
        return new Command("rollups", "Số tổng hợp của báo cáo / the reports' roll-ups") { check, rebuild };
    }
}
