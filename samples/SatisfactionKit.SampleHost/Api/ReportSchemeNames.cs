using SatisfactionKit.Localization;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.SampleHost.Api;

/// <summary>
/// A scheme's names for the dashboard, in Vietnamese and English: the report (<c>/api/reports</c>) names units and
/// criteria in Vietnamese only (<see cref="Reports.ReportNames"/>), and factors not at all.
/// </summary>
/// <param name="Code">The scheme.</param>
/// <param name="Name">Its name.</param>
/// <param name="Factors">Factor code → name.</param>
/// <param name="Criteria">Criterion code → label, "criterion not stated" included.</param>
public sealed record ReportSchemeNames(string Code, LocalizedText Name, IReadOnlyDictionary<string, LocalizedText> Factors, IReadOnlyDictionary<string, LocalizedText> Criteria)
{
    public static ReportSchemeNames Of(RatingScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var criteria = scheme.Criteria.ToDictionary(c => c.Code, c => c.Label, StringComparer.Ordinal);
        criteria[RatingScheme.NotStatedCriterionCode] = new LocalizedText("Không nêu tiêu chí", "Criterion not stated");
        return new ReportSchemeNames(scheme.Code, scheme.Name, scheme.Factors.ToDictionary(f => f.Code, f => f.Name, StringComparer.Ordinal), criteria);
    }
}
