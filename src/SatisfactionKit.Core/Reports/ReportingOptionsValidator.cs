using Microsoft.Extensions.Options;

namespace SatisfactionKit.Reports;

/// <summary>Checks <see cref="ReportingOptions"/> at start-up, naming the option that is wrong.</summary>
internal sealed class ReportingOptionsValidator : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        var problems = new List<string>();
        try
        {
            _ = options.TimeZone;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            problems.Add($"ReportingOptions.TimeZoneId: múi giờ '{options.TimeZoneId}' không tồn tại trên máy này. / time zone '{options.TimeZoneId}' is not known on this machine.");
        }

        foreach (var (option, day) in new[] { ("MonthlyDueDay", options.MonthlyDueDay), ("QuarterlyDueDay", options.QuarterlyDueDay), ("HalfYearDueDay", options.HalfYearDueDay), ("AnnualDueDay", options.AnnualDueDay) })
        {
            if (day is < 1 or > 31)
            {
                problems.Add($"ReportingOptions.{option}: phải từ 1 đến 31 (đang là {day}). / must be from 1 to 31 (it is {day}).");
            }
        }

        if (options.CutOffDay is { } cutOff && cutOff is < 2 or > 28)
        {
            problems.Add($"ReportingOptions.CutOffDay: phải từ 2 đến 28, hoặc để trống cho kỳ theo lịch (đang là {cutOff}). / must be from 2 to 28, or empty for calendar periods (it is {cutOff}).");
        }

        if (options.AnnualDueMonth is < 1 or > 12)
        {
            problems.Add($"ReportingOptions.AnnualDueMonth: phải từ 1 đến 12 (đang là {options.AnnualDueMonth}). / must be from 1 to 12 (it is {options.AnnualDueMonth}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
