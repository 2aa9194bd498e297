using SatisfactionKit.Schemes;
using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>Looks up a report's names: units in the registry's hierarchy (read once), criteria in the scheme.</summary>
internal static class ReportNaming
{
    public static async ValueTask<ReportNames> NamesAsync(IUnitRegistry? registry, DateOnly asOf, IEnumerable<string?> unitCodes, RatingScheme? scheme, CancellationToken ct)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        if (registry is not null)
        {
            var hierarchy = await registry.GetHierarchyAsync(ct).ConfigureAwait(false);
            foreach (var code in unitCodes.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                // A unit merged away before the period ended keeps the name it last had.
                if ((hierarchy.Find(code, asOf) ?? (hierarchy.History(code) is { Count: > 0 } history ? history[^1] : null)) is { } version)
                {
                    units[code] = version.Name.Vi;
                }
            }
        }

        var criteria = new Dictionary<string, string>(StringComparer.Ordinal) { [RatingScheme.NotStatedCriterionCode] = "Không nêu tiêu chí" };
        foreach (var criterion in scheme?.Criteria ?? [])
        {
            criteria[criterion.Code] = criterion.Label.Vi;
        }

        return new ReportNames(units, criteria) { Factors = (scheme?.Factors ?? []).ToDictionary(f => f.Code, f => f.Name.Vi, StringComparer.Ordinal) };
    }
}
