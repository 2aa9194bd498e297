using SatisfactionKit.Reports;
using SatisfactionKit.Units;

namespace SatisfactionKit.EntityFrameworkCore.Reports;

/// <summary>
/// Turns a filter's <see cref="ReportFilter.UnitScope"/> into the unit codes the SQL narrows by: the codes within
/// the subtree (and, as restructured, the codes merged into it), intersected with the filter's own
/// <see cref="ReportFilter.UnitCodes"/>. With a scope, an empty list selects nothing (<see cref="ReportFactSources"/>).
/// </summary>
internal static class UnitScopes
{
    public static ReportFilter Narrow(ReportFilter filter, UnitHierarchy hierarchy)
    {
        if (filter.UnitScope is not { } scope)
        {
            return filter;
        }

        var within = hierarchy.CodesWithin(scope);
        List<string> codes = filter.UnitCodes is { Count: > 0 } given
            ? [.. given.Where(within.Contains).Distinct(StringComparer.Ordinal)]
            : [.. within.Order(StringComparer.Ordinal)];
        return filter with { UnitCodes = codes };
    }

    public static async ValueTask<ReportFilter> NarrowAsync(ReportFilter filter, IUnitRegistry units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.UnitScope is null ? filter : Narrow(filter, await units.GetHierarchyAsync(cancellationToken).ConfigureAwait(false));
    }
}
