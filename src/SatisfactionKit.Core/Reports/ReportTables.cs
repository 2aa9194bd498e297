using System.Globalization;

namespace SatisfactionKit.Reports;

/// <summary>Lays a <see cref="SatisfactionReport"/> out as tables for officials (Vietnamese headers, 2 decimals).</summary>
public static class ReportTables
{
    private static readonly string[] Weekdays = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    /// <summary>Every view that has content: summary, by unit, by procedure, trend, then criteria, SIPAS-style, quotas and QĐ 766 when present, and the hour × weekday matrix.</summary>
    public static IReadOnlyList<ReportTable> All(SatisfactionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = new List<ReportTable> { Build(report, ReportView.Summary), Build(report, ReportView.ByUnit), Build(report, ReportView.ByProcedure), Build(report, ReportView.Trend) };
        if (report.Criteria.Count > 0)
        {
            tables.Add(Build(report, ReportView.Criteria));
        }

        if (report.SipasStyle is not null)
        {
            tables.Add(Build(report, ReportView.SipasStyle));
        }

        if (report.Quotas.Count > 0)
        {
            tables.Add(Build(report, ReportView.Quotas));
            tables.Add(Build(report, ReportView.Decision766));
        }

        tables.Add(Build(report, ReportView.HourWeekday));
        return tables;
    }

    /// <summary>One view of <paramref name="report"/>.</summary>
    public static ReportTable Build(SatisfactionReport report, ReportView view)
    {
        ArgumentNullException.ThrowIfNull(report);
        return view switch
        {
            ReportView.Summary => Summary(report),
            ReportView.ByUnit => new ReportTable(view, "Theo đơn vị",
                ["Mã đơn vị", "Tên đơn vị", "Số phiếu", "Hài lòng", "Không hài lòng", "Tỷ lệ hài lòng (%)", "Hồ sơ không hài lòng", "Điểm trung bình", "Chỉ số hạnh phúc", LowerHeader, UpperHeader],
                [.. report.ByUnit.Select(r => Row(r.Key, report.Names.Unit(r.Key), r.Ratings, r.Satisfied, r.Dissatisfied, R(r.SatisfiedRate), r.DissatisfiedDossiers, R(r.MeanScore), R(r.HappyIndex), R(r.SatisfiedRateInterval?.Lower), R(r.SatisfiedRateInterval?.Upper)))]),
            ReportView.ByProcedure => new ReportTable(view, "Theo thủ tục",
                ["Mã thủ tục", "Tên thủ tục", "Số phiếu", "Hài lòng", "Không hài lòng", "Tỷ lệ hài lòng (%)", "Điểm trung bình", LowerHeader, UpperHeader],
                [.. report.ByProcedure.Select(r => Row(r.Key, report.Names.Procedure(r.Key), r.Ratings, r.Satisfied, r.Dissatisfied, R(r.SatisfiedRate), R(r.MeanScore), R(r.SatisfiedRateInterval?.Lower), R(r.SatisfiedRateInterval?.Upper)))]),
            ReportView.Trend => new ReportTable(view, "Theo thời gian",
                ["Kỳ", "Từ ngày", "Số phiếu", "Hài lòng", "Tỷ lệ hài lòng (%)", "Chỉ số hạnh phúc", LowerHeader, UpperHeader],
                [.. report.Trend.Select(r => Row(r.Key, r.Period?.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), r.Ratings, r.Satisfied, R(r.SatisfiedRate), R(r.HappyIndex), R(r.SatisfiedRateInterval?.Lower), R(r.SatisfiedRateInterval?.Upper)))]),
            ReportView.Criteria => new ReportTable(view, "Theo tiêu chí",
                ["Mã tiêu chí", "Tên tiêu chí", "Yếu tố", "Số trả lời hợp lệ", "Hài lòng", "Không hài lòng", "Tỷ lệ hài lòng (%)", "Tỷ lệ không hài lòng (%)", "Điểm trung bình", LowerHeader, UpperHeader],
                [.. report.Criteria.Select(c => Row(c.CriterionCode, report.Names.Criterion(c.CriterionCode), c.FactorCode, c.Answers, c.Satisfied, c.Dissatisfied, R(c.SatisfiedShare), R(c.DissatisfiedShare), R(c.MeanValue), R(c.SatisfiedShareInterval?.Lower), R(c.SatisfiedShareInterval?.Upper)))]),
            ReportView.SipasStyle => new ReportTable(view, "Chỉ số SIPAS",
                ["Yếu tố", "Tên yếu tố", "Chỉ số (%)", "Số tiêu chí tính", LowerHeader, UpperHeader],
                report.SipasStyle is null
                    ? []
                    :
                    [
                        .. report.SipasStyle.Factors.Select(f => Row(f.FactorCode, report.Names.Factor(f.FactorCode), R(f.Index), f.CriteriaCounted, R(FactorInterval(report, f.FactorCode)?.Lower), R(FactorInterval(report, f.FactorCode)?.Upper))),
                        Row("Chung", "Chỉ số chung", R(report.SipasStyle.Overall), report.SipasStyle.Factors.Sum(f => f.CriteriaCounted), R(report.SipasStyleIntervals?.Overall?.Lower), R(report.SipasStyleIntervals?.Overall?.Upper)),
                    ]),
            ReportView.Quotas => new ReportTable(view, "Chỉ tiêu mẫu",
                ["Mã đơn vị", "Tên đơn vị", "Số hồ sơ", "Số phiếu", "Chỉ tiêu", "Còn thiếu", "Đạt", "Sai số 95% (± điểm %)", "Kỳ"],
                [.. report.Quotas.Select(q => Row(q.UnitCode, report.Names.Unit(q.UnitCode), q.Dossiers, q.Ratings, q.Quota, q.Shortfall, q.IsMet ? "Đạt" : "Chưa đạt", R(q.Margin), report.Period.ToString()))]),
            ReportView.Decision766 => new ReportTable(view, "QĐ 766",
                ["Mã đơn vị", "Tên đơn vị", "Số hồ sơ", "Không hài lòng", "Phản ánh, kiến nghị", "Quá hạn", "Tỷ lệ hài lòng (%)"],
                [.. report.Decision766.Select(d => Row(d.UnitCode, report.Names.Unit(d.UnitCode), d.Dossiers, d.Dissatisfied, d.Complained, d.Overdue, R(d.Rate)))]),
            ReportView.HourWeekday => HourWeekday(report),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, null),
        };
    }

    // Every share with its 95 % Wilson interval (ReportMath.Wilson), so a small sample shows as such.
    private const string LowerHeader = "Cận dưới 95% (%)";
    private const string UpperHeader = "Cận trên 95% (%)";

    private static ProportionInterval? FactorInterval(SatisfactionReport report, string factor) =>
        report.SipasStyleIntervals?.Factors.GetValueOrDefault(factor);

    private static ReportTable Summary(SatisfactionReport report)
    {
        var t = report.Total;
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("Kỳ báo cáo", report.Period.ToString()),
            Row("Từ ngày", report.DataFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            Row("Đến hết ngày", report.DataToExclusive.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            Row("Hạn gửi báo cáo (trước ngày)", report.DueBefore.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            Row("Đơn vị", report.UnitCode is { } unit ? report.Names.Unit(unit) : "Toàn tỉnh"),
            Row("Mã đơn vị", report.UnitCode),
            Row("Bộ tiêu chí", report.SchemeCode),
            Row("Số phiếu", t.Ratings),
            Row("Hài lòng", t.Satisfied),
            Row("Không hài lòng", t.Dissatisfied),
            Row("Tỷ lệ hài lòng (%)", R(t.SatisfiedRate)),
            Row("Khoảng tin cậy 95% (%)", t.SatisfiedRateInterval is { } ci ? string.Create(CultureInfo.InvariantCulture, $"{R(ci.Lower)} – {R(ci.Upper)}") : null),
            Row("Tỷ lệ hài lòng có trọng số theo số hồ sơ (%)", R(report.WeightedSatisfiedRate?.Weighted)),
            Row("Đơn vị chưa có phiếu (không tính trọng số)", report.WeightedSatisfiedRate is { UncoveredStrata.Count: > 0 } w ? string.Join(", ", w.UncoveredStrata) : null),
            Row("Điểm trung bình", R(t.MeanScore)),
            Row("Chỉ số hạnh phúc (0-100)", R(t.HappyIndex)),
            Row("Chỉ số SIPAS (%)", R(report.SipasStyle?.Overall)),
            Row("Lượt mời đánh giá", report.Responses.Opened),
            Row("Lượt đã đánh giá", report.Responses.Rated),
            Row("Tỷ lệ phản hồi (%)", R(report.Responses.ResponseRate)),
            Row("Bấm ngoài lượt", report.Responses.StrayPresses),
        };
        return new ReportTable(ReportView.Summary, "Tổng hợp", ["Chỉ tiêu", "Giá trị"], rows);
    }

    private static ReportTable HourWeekday(SatisfactionReport report)
    {
        var headers = new List<string> { "Thứ" };
        headers.AddRange(Enumerable.Range(0, 24).Select(h => $"{h}h"));
        var rows = new List<IReadOnlyList<object?>>();
        for (var d = 0; d < 7; d++)
        {
            var weekday = (DayOfWeek)((d + 1) % 7);
            var row = new List<object?> { Weekdays[d] };
            row.AddRange(Enumerable.Range(0, 24).Select(h => (object?)(report.HourWeekday.FirstOrDefault(c => c.Weekday == weekday && c.Hour == h)?.Ratings ?? 0)));
            rows.Add(row);
        }

        return new ReportTable(ReportView.HourWeekday, "Theo giờ và thứ", headers, rows);
    }

    private static object?[] Row(params object?[] cells) => cells;

    private static decimal? R(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
