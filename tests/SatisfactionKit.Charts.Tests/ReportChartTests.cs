using System.Buffers.Binary;
using System.Text;
using SatisfactionKit.Reports;
using SkiaSharp;

namespace SatisfactionKit.Charts.Tests;

/// <summary>Each chart is a real image of the asked size, with content drawn on it, that changes with the data.</summary>
public sealed partial class ReportChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly SatisfactionRow[] Months =
    [
        Row("2026-07", 40, 30, 80m),
        Row("2026-08", 50, 45, 92m),
        Row("2026-09", 45, 36, 85m),
    ];

    private static readonly SatisfactionRow[] Units = [Row("UBND-Q1", 30, 27, null), Row("UBND-Q3", 20, 12, null), Row("SO-TP", 10, 10, null)];

    private static readonly CriterionRow[] Criteria =
    [
        new("", null, "THONG_TIN_CSVC", null, 50, 45, 95),
        new("", null, "HO_SO", null, 50, 40, 90),
        new("", null, "THAI_DO", null, 50, 49, 99),
        new("", null, "THOI_GIAN_CHI_PHI", null, 50, 35, 85),
    ];

    private static readonly HeatMapCell[] Cells = [new(DayOfWeek.Monday, 8, 12, 10), new(DayOfWeek.Tuesday, 14, 30, 20), new(DayOfWeek.Friday, 16, 5, 5)];

    public static TheoryData<string> Charts => ["trend", "units", "criteria", "heat"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void Each_chart_is_a_png_of_the_asked_size_with_content(string chart)
    {
        var options = new ChartOptions { Width = 640, Height = 400 };

        var png = Render(chart, options, empty: false);

        Assert.Equal(PngSignature, png[..8]);
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(400, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((640, 400), (bitmap.Width, bitmap.Height));
        // Not blank: a plot with axes, labels and data has many colours and a good share of non-background pixels.
        var background = bitmap.GetPixel(1, 1);
        var colours = new HashSet<SKColor>();
        var drawn = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                drawn += pixel == background ? 0 : 1;
            }
        }

        Assert.True(colours.Count > 20, $"{chart}: only {colours.Count} colours");
        Assert.True(drawn > 1000, $"{chart}: only {drawn} drawn pixels");
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void The_image_changes_with_the_data(string chart)
    {
        Assert.NotEqual(Render(chart, ChartOptions.Default, empty: false), Render(chart, ChartOptions.Default, empty: true));
    }

    [Fact]
    public void Units_and_criteria_are_drawn_by_name_when_the_names_are_given()
    {
        var names = new ReportNames(
            new Dictionary<string, string> { ["UBND-Q1"] = "UBND Quận 1", ["UBND-Q3"] = "UBND Quận 3", ["SO-TP"] = "Sở Tư pháp" },
            new Dictionary<string, string> { ["HO_SO"] = "Hồ sơ", ["THAI_DO"] = "Thái độ cán bộ" });
        var options = new ChartOptions { Format = ChartFormat.Svg, Names = names };

        var units = Encoding.UTF8.GetString(ReportCharts.UnitsRanked(Units, options));
        var criteria = Encoding.UTF8.GetString(ReportCharts.DissatisfactionByCriterion(Criteria, options));

        Assert.Contains("UBND Quận 3", units, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", units, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND-Q3", units, StringComparison.Ordinal);
        Assert.Contains("Thái độ cán bộ", criteria, StringComparison.Ordinal);
        Assert.DoesNotContain("THAI_DO", criteria, StringComparison.Ordinal);
        // A code the names do not have is drawn as the code.
        Assert.Contains("THOI_GIAN_CHI_PHI", criteria, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_are_drawn_on_a_0_to_100_axis_even_when_nobody_was_dissatisfied()
    {
        // Every answer satisfied: all bars are 0, which alone would give an axis around 0 (−0.8 to 1).
        CriterionRow[] allSatisfied = [new("", null, "HO_SO", null, 40, 40, 200), new("", null, "THAI_DO", null, 40, 40, 200)];
        var options = new ChartOptions { Format = ChartFormat.Svg };

        var charts = new Dictionary<string, string>
        {
            ["criteria"] = Encoding.UTF8.GetString(ReportCharts.DissatisfactionByCriterion(allSatisfied, options)),
            ["units"] = Encoding.UTF8.GetString(ReportCharts.UnitsRanked([Row("UBND-Q1", 40, 40, null)], options)),
            ["trend"] = Encoding.UTF8.GetString(ReportCharts.IndexTrend([Row("2026-07", 40, 40, 100m)], options)),
        };

        foreach (var (chart, svg) in charts)
        {
            var ticks = TickTexts(svg);
            // The rate axis has exactly the ticks 0, 20, …, 100 and no negative or fractional tick.
            Assert.True(new[] { "0", "20", "40", "60", "80", "100" }.All(ticks.Contains), $"{chart}: {string.Join(" | ", ticks)}");
            Assert.DoesNotContain(ticks, t => t.StartsWith('-') || t.StartsWith('−') || t.Contains('.', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Chart_text_is_large_enough_to_read_when_the_image_is_shown_at_half_size()
    {
        var svg = Encoding.UTF8.GetString(ReportCharts.DissatisfactionByCriterion(Criteria, new ChartOptions { Format = ChartFormat.Svg }));

        var sizes = FontSizes().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(sizes);
        // Shown 400 px wide (half of 800), 18 px text reads as 9 pt-ish; ScottPlot's default of 12 px read as 6.
        Assert.All(sizes, s => Assert.True(s >= 18, $"font-size {s} in {string.Join(", ", sizes)}"));
    }

    [Fact]
    public void Svg_is_available_too()
    {
        var svg = Encoding.UTF8.GetString(ReportCharts.UnitsRanked(Units, new ChartOptions { Format = ChartFormat.Svg }));

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("UBND-Q3", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_writes_its_four_charts()
    {
        var period = ReportPeriod.HalfYear(2026, 2);
        var report = new SatisfactionReport(
            period, new DateOnly(2027, 1, 10), null, "HANOI_2014", DateTimeOffset.UnixEpoch,
            Row(string.Empty, 60, 49, null), Units, Months, Criteria, null,
            new ResponseRow(string.Empty, null, 70, 60, 5, 3, 2, 4), Cells, [], []);
        var directory = Path.Combine(Path.GetTempPath(), $"sk-charts-{Guid.NewGuid():N}");
        try
        {
            var paths = ReportCharts.WriteAll(report, directory);

            Assert.Equal(["xu-huong.png", "xep-hang-don-vi.png", "tieu-chi.png", "gio-thu.png"], paths.Select(Path.GetFileName));
            Assert.All(paths, p => Assert.Equal(PngSignature, File.ReadAllBytes(p)[..8]));
            Assert.All(paths, p => Assert.True(new FileInfo(p).Length > 5_000, $"{p} is {new FileInfo(p).Length} bytes"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static byte[] Render(string chart, ChartOptions options, bool empty) => chart switch
    {
        "trend" => ReportCharts.IndexTrend(empty ? [Months[0]] : Months, options),
        "units" => ReportCharts.UnitsRanked(empty ? [Units[0]] : Units, options),
        "criteria" => ReportCharts.DissatisfactionByCriterion(empty ? [Criteria[0]] : Criteria, options),
        "heat" => ReportCharts.HourWeekdayHeatMap(empty ? [] : Cells, options),
        _ => throw new ArgumentOutOfRangeException(nameof(chart)),
    };

    /// <summary>The texts of an SVG chart (its tick labels among them).</summary>
    private static List<string> TickTexts(string svg) =>
        [.. SvgTexts().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];

    [System.Text.RegularExpressions.GeneratedRegex(@"<text[^>]*>([^<]*)</text>")]
    private static partial System.Text.RegularExpressions.Regex SvgTexts();

    [System.Text.RegularExpressions.GeneratedRegex(@"font-size[:=]\s*""?([0-9.]+)")]
    private static partial System.Text.RegularExpressions.Regex FontSizes();

    private static SatisfactionRow Row(string key, int ratings, int satisfied, decimal? happy) =>
        new(key, key.StartsWith("20", StringComparison.Ordinal) ? ReportPeriod.Parse(key) : null, ratings, satisfied, ratings - satisfied, ratings * 4, ratings * 7, happy);
}
