using System.Globalization;
using SatisfactionKit.Reports;

namespace SatisfactionKit.SampleHost.Commands;

/// <summary>
/// What <c>report</c> prints besides the files: every share with its n and 95 % interval, the SIPAS-style factor and
/// criterion indices (with the bootstrap interval of the composites), and the quota of each unit. Names beside codes;
/// numbers as in Vietnamese (<c>82,35 %</c>), labels Vietnamese / English.
/// </summary>
public static class ReportConsole
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static void Write(TextWriter output, SatisfactionReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var names = report.Names;
        output.WriteLine($"Kỳ / period {report.Period}: dữ liệu từ / data from {report.DataFrom:dd/MM/yyyy} đến hết / to {report.DataToExclusive.AddDays(-1):dd/MM/yyyy}; bộ tiêu chí / scheme {report.SchemeCode}");
        output.WriteLine($"Tỷ lệ hài lòng / satisfied rate: {Share(report.Total.SatisfiedRate, report.Total.SatisfiedRateInterval, report.Total.Ratings)}");
        foreach (var unit in report.ByUnit)
        {
            output.WriteLine($"  Đơn vị / unit {unit.Key} — {names.Unit(unit.Key)}: {Share(unit.SatisfiedRate, unit.SatisfiedRateInterval, unit.Ratings)}");
        }

        if (report.SipasStyle is { } sipas)
        {
            var intervals = report.SipasStyleIntervals;
            output.WriteLine($"Chỉ số SIPAS chung / overall SIPAS-style index: {Composite(sipas.Overall, intervals?.Overall)} (n = {intervals?.Respondents ?? 0} phiếu / forms)");
            foreach (var factor in sipas.Factors)
            {
                output.WriteLine($"  Yếu tố / factor {factor.FactorCode} — {names.Factor(factor.FactorCode)}: {Composite(factor.Index, intervals?.Factors.GetValueOrDefault(factor.FactorCode))} ({factor.CriteriaCounted} tiêu chí / criteria)");
            }
        }

        foreach (var criterion in report.Criteria)
        {
            output.WriteLine($"  Tiêu chí / criterion {criterion.CriterionCode} — {names.Criterion(criterion.CriterionCode)}: {Share(criterion.SatisfiedShare, criterion.SatisfiedShareInterval, criterion.Answers)}");
        }

        foreach (var quota in report.Quotas)
        {
            var status = quota.IsMet ? "đạt / met" : $"thiếu / short by {quota.Shortfall}";
            output.WriteLine($"Chỉ tiêu mẫu / sample quota {quota.UnitCode} — {names.Unit(quota.UnitCode)}: {quota.Dossiers} hồ sơ đã trả / dossiers returned, {quota.Ratings} phiếu / forms, cần / required {quota.Quota}: {status}");
        }
    }

    private static string Share(decimal share, ProportionInterval? interval, int n) => interval is null
        ? "— (n = 0)"
        : $"{P(share)} % (n = {n}; KTC 95 % / 95 % CI: {P(interval.Lower)}–{P(interval.Upper)} %)";

    private static string Composite(decimal? index, ProportionInterval? interval) => index is not { } value
        ? "—"
        : interval is null ? $"{P(value)} %" : $"{P(value)} % (KTC 95 % / 95 % CI: {P(interval.Lower)}–{P(interval.Upper)} %)";

    private static string P(decimal value) => value.ToString("0.00", Vi);
}
