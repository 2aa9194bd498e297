namespace SatisfactionKit.Reports;

/// <summary>
/// When reports fall due and in which time zone periods are cut. The defaults follow Hà Nội's plan:
/// the monthly report before the 10th of the next month, the annual report before 15 December.
/// Đà Nẵng sets <see cref="AnnualDueDay"/> to 25.
/// </summary>
public sealed class ReportingOptions
{
    /// <summary>The IANA time zone periods are cut in. Default <c>Asia/Ho_Chi_Minh</c> (UTC+7, no daylight saving).</summary>
    public string TimeZoneId { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>The monthly report is due before this day of the next month. Default 10.</summary>
    public int MonthlyDueDay { get; set; } = 10;

    /// <summary>The quarterly report is due before this day of the month after the quarter. Default 10.</summary>
    public int QuarterlyDueDay { get; set; } = 10;

    /// <summary>The six-month report is due before this day of the month after the half-year. Default 10.</summary>
    public int HalfYearDueDay { get; set; } = 10;

    /// <summary>The annual report is due before this month of the same year. Default 12 (December).</summary>
    public int AnnualDueMonth { get; set; } = 12;

    /// <summary>The annual report is due before this day of <see cref="AnnualDueMonth"/>. Default 15.</summary>
    public int AnnualDueDay { get; set; } = 15;

    /// <summary>The time zone named by <see cref="TimeZoneId"/>.</summary>
    /// <exception cref="TimeZoneNotFoundException">The id is unknown on this machine.</exception>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>
    /// The day of the month a period's data are cut off, or <see langword="null"/> (the default) for
    /// calendar periods. With a cut-off day d, a period's data run from day d of the month before it
    /// starts to day d − 1 of its last month: with 15, the report of November covers 15 October to
    /// 14 November, the annual report 15 December of the year before to 14 December, as the reporting
    /// regime of Nghị định 09/2019/NĐ-CP is applied by many provinces (<see cref="Decree09CutOffDay"/>;
    /// check your province's rule). From 2 to 28, so that every month has the day.
    /// </summary>
    public int? CutOffDay { get; set; }

    /// <summary>The cut-off day of the periodic-report regime many provinces apply under Nghị định 09/2019/NĐ-CP: the 15th.</summary>
    public const int Decree09CutOffDay = 15;


    /// <summary>
    /// The sample each unit must collect, from its dossier count: Đà Nẵng's rule (at least 200 and 30 % for
    /// units with 200 to 1,000 dossiers, the standard n = N / (1 + N·e²) otherwise) by default.
    /// </summary>
    public SampleQuotaPolicy QuotaPolicy { get; set; } = SampleQuotaPolicy.DaNang;
}
