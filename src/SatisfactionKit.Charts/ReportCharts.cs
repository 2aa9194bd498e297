using System.Text;
using SatisfactionKit.Reports;
using ScottPlot;

namespace SatisfactionKit.Charts;

/// <summary>
/// The report charts, drawn with ScottPlot: each method returns the image's bytes (PNG or SVG by
/// <see cref="ChartOptions.Format"/>); <see cref="WriteAll"/> writes a report's four charts to a folder.
/// Labels are Vietnamese; the font is chosen among the machine's fonts to have the Vietnamese glyphs.
/// </summary>
public static class ReportCharts
{
    private static readonly string[] Weekdays = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];

    // Text sizes (pixels of the image) read at a normal zoom when the 800 px image is shown half as wide on a dashboard.
    private const float TitleSize = 26;
    private const float LabelSize = 20;
    private const float TickSize = 18;

    /// <summary>The satisfied rate (and the Happy Index when present) by period, e.g. the rows of <see cref="ReportGrouping.Month"/>.</summary>
    public static byte[] IndexTrend(IReadOnlyList<SatisfactionRow> byPeriod, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(byPeriod);
        options ??= ChartOptions.Default;
        var plot = new Plot();
        var xs = Enumerable.Range(0, byPeriod.Count).Select(i => (double)i).ToArray();
        var rate = plot.Add.Scatter(xs, [.. byPeriod.Select(r => (double)r.SatisfiedRate)]);
        rate.LegendText = "Tỷ lệ hài lòng (%)";
        rate.LineWidth = 2;
        rate.MarkerSize = 7;
        if (byPeriod.Any(r => r.HappyIndex is not null))
        {
            var happy = plot.Add.Scatter(xs, [.. byPeriod.Select(r => (double)(r.HappyIndex ?? 0m))]);
            happy.LegendText = "Chỉ số hạnh phúc";
            happy.LineWidth = 2;
            happy.MarkerSize = 7;
            plot.ShowLegend(Alignment.LowerRight);
        }

        plot.Axes.Bottom.SetTicks(xs, [.. byPeriod.Select(r => r.Key)]);
        PercentAxis(plot.Axes.Left);
        plot.Axes.SetLimitsY(0, 105);
        plot.YLabel("%");
        return Render(plot, options, "Tỷ lệ hài lòng theo kỳ");
    }

    /// <summary>Units ranked by satisfied rate, best on top (the rows of <see cref="ReportGrouping.Unit"/>).</summary>
    public static byte[] UnitsRanked(IReadOnlyList<SatisfactionRow> byUnit, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(byUnit);
        options ??= ChartOptions.Default;
        // Lowest first: horizontal bars are drawn from the bottom up.
        var ranked = byUnit.OrderBy(r => r.SatisfiedRate).ThenByDescending(r => r.Key, StringComparer.Ordinal).ToList();
        var plot = new Plot();
        var bars = plot.Add.Bars([.. ranked.Select(r => (double)r.SatisfiedRate)]);
        bars.Horizontal = true;
        foreach (var bar in bars.Bars)
        {
            bar.Label = bar.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontSize = LabelSize;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, ranked.Count).Select(i => (double)i)], [.. ranked.Select(r => options.Names?.Unit(r.Key) ?? r.Key)]);
        PercentAxis(plot.Axes.Bottom);
        // Room on the right for a full bar's "100" label; the ticks stop at 100.
        plot.Axes.SetLimitsX(0, 112);
        plot.XLabel("Tỷ lệ hài lòng (%)");
        return Render(plot, options, "Xếp hạng đơn vị theo tỷ lệ hài lòng");
    }

    /// <summary>The share of dissatisfied answers per criterion (the rows of <see cref="ISatisfactionReportQueries.GetCriteriaAsync"/> for one group).</summary>
    public static byte[] DissatisfactionByCriterion(IReadOnlyList<CriterionRow> criteria, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        options ??= ChartOptions.Default;
        var plot = new Plot();
        // Horizontal bars, the first criterion on top: the names read on the left however many criteria the scheme has.
        var bars = plot.Add.Bars([.. criteria.Select(c => (double)c.DissatisfiedShare).Reverse()]);
        bars.Color = Colors.OrangeRed;
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(
            [.. Enumerable.Range(0, criteria.Count).Select(i => (double)i)],
            [.. criteria.Select(c => Short(options.Names?.Criterion(c.CriterionCode) ?? c.CriterionCode, 30)).Reverse()]);
        // A rate runs from 0 to 100 %, whatever the data: no bar at all (nobody dissatisfied) is 0 on a 0–100 axis.
        PercentAxis(plot.Axes.Bottom);
        plot.Axes.SetLimitsX(0, 105);
        plot.XLabel("Không hài lòng (%)");
        // Many criteria (SIPAS has 22) share the height: their names shrink to one row each, never below 11 px.
        var row = (options.Height - 140f) / Math.Max(1, criteria.Count);
        var names = Math.Clamp(row * 0.8f, 11f, TickSize);
        return Render(plot, options, "Tỷ lệ không hài lòng theo tiêu chí", names);
    }

    /// <summary>Ratings per weekday (rows, Monday on top) and local hour (columns): the heat map of <see cref="ISatisfactionReportQueries.GetHourWeekdayMatrixAsync"/>.</summary>
    public static byte[] HourWeekdayHeatMap(IReadOnlyList<HeatMapCell> cells, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        options ??= ChartOptions.Default;
        var counts = new double[7, 24];
        foreach (var cell in cells)
        {
            counts[((int)cell.Weekday + 6) % 7, cell.Hour] += cell.Ratings;
        }

        var plot = new Plot();
        var map = plot.Add.Heatmap(counts);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        // Row 0 (Monday) is drawn on top. The rectangle gives the centres of the corner cells (the drawn area is
        // one cell larger), so every cell is one unit: hour h spans [h, h + 1], weekday d spans [6 - d, 7 - d].
        map.Extent = new CoordinateRect(0.5, 23.5, 0.5, 6.5);
        var bar = plot.Add.ColorBar(map);
        bar.Label = "Số phiếu";
        bar.Axis.TickLabelStyle.FontSize = TickSize;
        bar.Axis.Label.FontSize = LabelSize;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, 7).Select(d => 6.5 - d)], Weekdays);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, 8).Select(h => (h * 3) + 0.5)], [.. Enumerable.Range(0, 8).Select(h => $"{h * 3}h")]);
        plot.Axes.SetLimits(0, 24, 0, 7);
        return Render(plot, options, "Số phiếu theo giờ và thứ");
    }

    /// <summary>
    /// Writes the four charts of <paramref name="report"/> to <paramref name="directory"/> (created if needed):
    /// xu-huong, xep-hang-don-vi, tieu-chi (when the report has criteria) and gio-thu, with the format's extension.
    /// </summary>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> WriteAll(SatisfactionReport report, string directory, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options = (options ?? ChartOptions.Default) is { Names: null } unnamed ? unnamed with { Names = report.Names } : options!;
        Directory.CreateDirectory(directory);
        var extension = options.Format == ChartFormat.Svg ? ".svg" : ".png";
        var charts = new List<(string Name, byte[] Bytes)>
        {
            ("xu-huong", IndexTrend(report.Trend, options)),
            ("xep-hang-don-vi", UnitsRanked(report.ByUnit, options)),
        };
        if (report.Criteria.Count > 0)
        {
            charts.Add(("tieu-chi", DissatisfactionByCriterion(report.Criteria, options)));
        }

        charts.Add(("gio-thu", HourWeekdayHeatMap(report.HourWeekday, options)));
        var paths = new List<string>();
        foreach (var (name, bytes) in charts)
        {
            var path = Path.Combine(directory, name + extension);
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>A criterion's label cut to fit under its bar (the questions are long); the whole text is in the workbook.</summary>
    private static string Short(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");

    /// <summary>A 0–100 % axis: ticks every 20 points, whatever the data's range.</summary>
    private static void PercentAxis(IAxis axis) =>
        axis.SetTicks([0, 20, 40, 60, 80, 100], ["0", "20", "40", "60", "80", "100"]);

    private static byte[] Render(Plot plot, ChartOptions options, string title, float leftTickSize = TickSize)
    {
        try
        {
            plot.Title(options.Title ?? title);
            plot.Axes.Title.Label.FontSize = TitleSize;
            foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
            {
                axis.Label.FontSize = LabelSize;
                axis.TickLabelStyle.FontSize = TickSize;
            }

            plot.Axes.Left.TickLabelStyle.FontSize = leftTickSize;
            plot.Legend.FontSize = LabelSize;
            // Pick installed fonts that have the Vietnamese glyphs of the labels.
            plot.Font.Automatic();
            return options.Format == ChartFormat.Svg
                ? Encoding.UTF8.GetBytes(plot.GetSvgXml(options.Width, options.Height))
                : plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png);
        }
        finally
        {
            plot.Dispose();
        }
    }
}
