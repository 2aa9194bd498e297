namespace SatisfactionKit.Reports;

/// <summary>The views of a <see cref="SatisfactionReport"/>: one Excel sheet or one CSV file each.</summary>
public enum ReportView
{
    /// <summary>"Tổng hợp": the headline figures, one per row.</summary>
    Summary = 0,

    /// <summary>"Theo đơn vị": one row per unit.</summary>
    ByUnit = 1,

    /// <summary>"Theo thời gian": the trend, one row per day or month.</summary>
    Trend = 2,

    /// <summary>"Theo tiêu chí": one row per criterion.</summary>
    Criteria = 3,

    /// <summary>"Chỉ số SIPAS": one row per factor and the overall index.</summary>
    SipasStyle = 4,

    /// <summary>"Chỉ tiêu mẫu": sample quotas per unit.</summary>
    Quotas = 5,

    /// <summary>"QĐ 766": the QĐ 766 rate per unit.</summary>
    Decision766 = 6,

    /// <summary>"Theo giờ và thứ": weekdays × hours of the day.</summary>
    HourWeekday = 7,

    /// <summary>"Theo thủ tục": one row per administrative procedure.</summary>
    ByProcedure = 8,
}
