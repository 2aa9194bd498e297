using System.Globalization;

namespace SatisfactionKit.Reports;

/// <summary>
/// A reporting period in local dates: the first day and the day after the last. Turn it into an
/// instant range with <see cref="ToInstantRange"/> in the agency's time zone, so that a rating given
/// at 23:30 on the last day of the month, Việt Nam time, counts in that month.
/// </summary>
/// <param name="Kind">The period's length.</param>
/// <param name="Start">Its first day.</param>
/// <param name="EndExclusive">The day after its last day.</param>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly Start, DateOnly EndExclusive)
{
    /// <summary>The month <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static ReportPeriod Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new ReportPeriod(PeriodKind.Month, start, start.AddMonths(1));
    }

    /// <summary>Quarter <paramref name="quarter"/> (1–4) of <paramref name="year"/>.</summary>
    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new ReportPeriod(PeriodKind.Quarter, start, start.AddMonths(3));
    }

    /// <summary>Half <paramref name="half"/> (1 or 2) of <paramref name="year"/>.</summary>
    public static ReportPeriod HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        var start = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new ReportPeriod(PeriodKind.HalfYear, start, start.AddMonths(6));
    }

    /// <summary>The year <paramref name="year"/>.</summary>
    public static ReportPeriod Year(int year) => new(PeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    /// <summary>The day <paramref name="day"/>.</summary>
    public static ReportPeriod Day(DateOnly day) => new(PeriodKind.Day, day, day.AddDays(1));

    /// <summary>The ISO week (Monday to Sunday) containing <paramref name="day"/>.</summary>
    public static ReportPeriod Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new ReportPeriod(PeriodKind.Week, monday, monday.AddDays(7));
    }

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly day) => kind switch
    {
        PeriodKind.Day => Day(day),
        PeriodKind.Week => Week(day),
        PeriodKind.Month => Month(day.Year, day.Month),
        PeriodKind.Quarter => Quarter(day.Year, ((day.Month - 1) / 3) + 1),
        PeriodKind.HalfYear => HalfYear(day.Year, day.Month <= 6 ? 1 : 2),
        PeriodKind.Year => Year(day.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses <c>2026-10</c> (month), <c>2026-Q3</c>, <c>2026-H1</c> or <c>2026</c>.</summary>
    /// <exception cref="FormatException">The text is none of these forms; the message says which forms are accepted.</exception>
    public static ReportPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant();
        var parts = t.Split('-');
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 9999)
        {
            return Year(y);
        }

        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out y) && y is >= 2000 and <= 9999)
        {
            var p = parts[1];
            if (p.Length == 2 && p[0] == 'Q' && p[1] is >= '1' and <= '4')
            {
                return Quarter(y, p[1] - '0');
            }

            if (p.Length == 2 && p[0] == 'H' && p[1] is '1' or '2')
            {
                return HalfYear(y, p[1] - '0');
            }

            if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                return Month(y, m);
            }
        }

        throw new FormatException($"Kỳ báo cáo '{text}' không hợp lệ; dùng 2026-10, 2026-Q3, 2026-H1 hoặc 2026. / Report period '{text}' is invalid; use 2026-10, 2026-Q3, 2026-H1 or 2026.");
    }

    /// <summary>
    /// Parses <paramref name="text"/> as <see cref="Parse"/> does, without throwing: false for a label that is
    /// not a period, or one that does not exist on the calendar (a period ending past year 9999).
    /// </summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportPeriod? period)
    {
        try
        {
            period = text is null ? null : Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            period = null;
        }

        return period is not null;
    }

    /// <summary>The instants the period covers in <paramref name="timeZone"/>: from its first midnight, to the midnight after it (exclusive).</summary>
    public (DateTimeOffset Start, DateTimeOffset EndExclusive) ToInstantRange(TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return (Midnight(Start, timeZone), Midnight(EndExclusive, timeZone));
    }

    /// <summary>The period just before this one, of the same kind.</summary>
    public ReportPeriod Previous() => Containing(Kind, Start.AddDays(-1));

    /// <summary>The period just after this one, of the same kind.</summary>
    public ReportPeriod Next() => Containing(Kind, EndExclusive);

    /// <summary>A short label: <c>2026-10</c>, <c>2026-Q3</c>, <c>2026-H1</c>, <c>2026</c>, <c>2026-W44</c> or the day.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}",
        PeriodKind.HalfYear => $"{Start.Year}-H{(Start.Month <= 6 ? 1 : 2)}",
        PeriodKind.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Week => $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}",
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
