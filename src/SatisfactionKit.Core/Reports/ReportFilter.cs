using SatisfactionKit.Ratings;
using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>
/// What a report counts: ratings submitted (prompts opened, presses made) from <paramref name="From"/>
/// inclusive to <paramref name="To"/> exclusive, narrowed by any of the optional fields.
/// </summary>
/// <param name="From">First instant counted.</param>
/// <param name="To">First instant no longer counted.</param>
/// <param name="UnitCodes">Only these units; null or empty for every unit.</param>
/// <param name="ProcedureCode">Only this procedure.</param>
/// <param name="OfficerId">Only this officer.</param>
/// <param name="CounterId">Only this counter.</param>
/// <param name="Channel">Only this channel.</param>
/// <param name="SchemeCode">Only ratings of this scheme; required by the per-criterion, SIPAS-style and Happy Index figures.</param>
public sealed record ReportFilter(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<string>? UnitCodes = null,
    string? ProcedureCode = null,
    string? OfficerId = null,
    string? CounterId = null,
    RatingChannel? Channel = null,
    string? SchemeCode = null)
{
    /// <summary>
    /// Only units in this subtree of the hierarchy (with the history merged into it, as restructured); with
    /// <see cref="UnitCodes"/> too, only the codes in both. Resolved from the <see cref="IUnitRegistry"/> and
    /// enforced by the query layer: a subtree with no units (or a top unit not in effect on the scope's
    /// date) selects nothing. <see langword="null"/> (the default) leaves the units as <see cref="UnitCodes"/> says.
    /// </summary>
    public UnitScope? UnitScope { get; init; }

    /// <summary>A filter over the local midnights that bound <paramref name="period"/> in <paramref name="timeZone"/>.</summary>
    public static ReportFilter ForPeriod(ReportPeriod period, TimeZoneInfo timeZone, string? schemeCode = null, IReadOnlyList<string>? unitCodes = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = period.ToInstantRange(timeZone);
        return new ReportFilter(start, end, unitCodes, SchemeCode: schemeCode);
    }

    /// <summary>Throws when the range is empty or reversed.</summary>
    public void Validate()
    {
        if (To <= From)
        {
            throw new ArgumentException($"Khoảng thời gian báo cáo rỗng: từ {From:O} đến {To:O}. / The report range is empty: from {From:O} to {To:O}.", nameof(To));
        }
    }
}
