namespace SatisfactionKit.Reports;

/// <summary>How the rows of a report are grouped. Time groupings use the reporting time zone.</summary>
public enum ReportGrouping
{
    /// <summary>One row for everything the filter selects.</summary>
    Total = 0,

    /// <summary>One row per unit (đơn vị).</summary>
    Unit = 1,

    /// <summary>One row per administrative procedure (thủ tục hành chính).</summary>
    Procedure = 2,

    /// <summary>One row per officer (cán bộ).</summary>
    Officer = 3,

    /// <summary>One row per counter (quầy) of a unit: the key is <c>UNIT/COUNTER</c> (two units' <c>QUAY-01</c> are two rows).</summary>
    Counter = 4,

    /// <summary>One row per channel (pad, screen, online, SMS...).</summary>
    Channel = 5,

    /// <summary>One row per local day.</summary>
    Day = 10,

    /// <summary>One row per ISO week (Monday to Sunday, local time).</summary>
    Week = 11,

    /// <summary>One row per local month.</summary>
    Month = 12,

    /// <summary>One row per quarter.</summary>
    Quarter = 13,

    /// <summary>One row per half-year (6 tháng).</summary>
    HalfYear = 14,

    /// <summary>One row per year.</summary>
    Year = 15,
}
