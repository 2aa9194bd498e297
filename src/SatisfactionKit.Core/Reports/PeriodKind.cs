namespace SatisfactionKit.Reports;

/// <summary>The length of a reporting period.</summary>
public enum PeriodKind
{
    /// <summary>One calendar day.</summary>
    Day = 0,

    /// <summary>One ISO week, Monday to Sunday.</summary>
    Week = 1,

    /// <summary>One calendar month (the monthly report).</summary>
    Month = 2,

    /// <summary>One quarter.</summary>
    Quarter = 3,

    /// <summary>One half-year (Đà Nẵng's six-month report).</summary>
    HalfYear = 4,

    /// <summary>One calendar year (the annual report).</summary>
    Year = 5,
}
