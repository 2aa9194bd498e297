namespace SatisfactionKit.Reports;

/// <summary>
/// Local time for reports computed in the database. Databases group by a UTC column shifted by a fixed
/// offset (<c>SubmittedAt + 7 hours</c>), which is exact only when the zone keeps one offset over the
/// whole range: true of Asia/Ho_Chi_Minh (UTC+7 since 1975), not of a zone with daylight saving time.
/// </summary>
public static class ReportTimeZone
{
    /// <summary>
    /// The single UTC offset of <paramref name="zone"/> from <paramref name="from"/> to <paramref name="to"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">The offset changes inside the range (daylight saving time or a zone change).</exception>
    public static TimeSpan ConstantOffset(TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = zone.GetUtcOffset(from);
        // Daily samples: no offset change lasts less than a day, and the end point is checked too.
        for (var t = from; t < to; t = t.AddDays(1))
        {
            if (zone.GetUtcOffset(t) != offset)
            {
                throw Unsupported(zone, t);
            }
        }

        if (to > from && zone.GetUtcOffset(to.AddTicks(-1)) != offset)
        {
            throw Unsupported(zone, to);
        }

        return offset;
    }

    private static NotSupportedException Unsupported(TimeZoneInfo zone, DateTimeOffset at) => new(
        $"Múi giờ '{zone.Id}' đổi độ lệch UTC trong khoảng báo cáo (khoảng {at:yyyy-MM-dd}); báo cáo tính trong cơ sở dữ liệu chỉ hỗ trợ múi giờ có độ lệch cố định. Hãy chia khoảng báo cáo tại thời điểm đổi giờ. / " +
        $"Time zone '{zone.Id}' changes its UTC offset inside the report range (around {at:yyyy-MM-dd}); reports computed in the database support only a constant offset. Split the range at the change.");
}
