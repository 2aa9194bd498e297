using SatisfactionKit.Units;

namespace SatisfactionKit.Reports;

/// <summary>
/// Sampling plans per level of the unit hierarchy: quotas of a province, a district or a commune from the
/// dossiers and ratings recorded against its units, and survey forms spread over the units of a level.
/// </summary>
public static class UnitSampleQuotas
{
    /// <summary>
    /// The quota of every unit of <paramref name="rollup"/>'s level: the dossiers and ratings recorded against
    /// each unit code are added into the unit they roll up to (as <see cref="IUnitReportQueries"/> does), then
    /// <paramref name="policy"/> decides. Codes outside the hierarchy on the date share one result with an empty code.
    /// </summary>
    /// <param name="policy">The quota rules.</param>
    /// <param name="hierarchy">The hierarchy (<see cref="IUnitRegistry.GetHierarchyAsync"/>).</param>
    /// <param name="rollup">The level, date and view.</param>
    /// <param name="dossiersByUnit">Dossiers per recorded unit code (from the one-stop system).</param>
    /// <param name="ratingsByUnit">Ratings per recorded unit code (a report grouped by unit).</param>
    public static IReadOnlyList<SampleQuotaResult> EvaluateByLevel(
        this SampleQuotaPolicy policy, UnitHierarchy hierarchy, UnitRollup rollup, IReadOnlyDictionary<string, int> dossiersByUnit, IReadOnlyDictionary<string, int> ratingsByUnit)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(dossiersByUnit);
        ArgumentNullException.ThrowIfNull(ratingsByUnit);
        var dossiers = RollUp(hierarchy, rollup, dossiersByUnit);
        var ratings = RollUp(hierarchy, rollup, ratingsByUnit);
        return [.. dossiers.Keys.Union(ratings.Keys).Order(StringComparer.Ordinal)
            .Select(code => policy.Evaluate(code, dossiers.GetValueOrDefault(code), ratings.GetValueOrDefault(code)))];
    }

    /// <summary>
    /// The places of a survey (<see cref="SurveyAllocationPlan"/>) for the units of <paramref name="level"/> under
    /// <paramref name="rootCode"/> on <paramref name="asOf"/>, in code order: a commune's place is its parent and
    /// itself (<see cref="AllocationTarget.District"/> and <see cref="AllocationTarget.Commune"/>), any other unit's is itself.
    /// </summary>
    public static IReadOnlyList<AllocationTarget> AllocationTargets(UnitHierarchy hierarchy, string rootCode, UnitLevel level, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        return [.. hierarchy.Subtree(rootCode, asOf)
            .Where(u => u.Level == level)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => level == UnitLevel.Commune && u.ParentCode is { } parent ? new AllocationTarget(parent, u.Code) : new AllocationTarget(u.Code))];
    }

    private static Dictionary<string, int> RollUp(UnitHierarchy hierarchy, UnitRollup rollup, IReadOnlyDictionary<string, int> counts)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, count) in counts)
        {
            var key = hierarchy.Place(code, rollup)?.Code ?? string.Empty;
            result[key] = result.GetValueOrDefault(key) + count;
        }

        return result;
    }
}
