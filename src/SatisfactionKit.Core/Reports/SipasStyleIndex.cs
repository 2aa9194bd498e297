using SatisfactionKit.Schemes;

namespace SatisfactionKit.Reports;

/// <summary>
/// The SIPAS-style index from per-criterion counts. "SIPAS-style" because the official formula is not
/// published: criterion share = answers at a satisfied level (4–5) ÷ valid answers × 100; factor index =
/// mean of its criteria's shares; overall = mean of the factor indices, or the share on a general question.
/// A conditional factor (SIPAS factor 5, "has given feedback") has valid answers only from the respondents
/// who met its condition, and drops out of the mean where nobody did.
/// </summary>
public static class SipasStyleIndex
{
    /// <summary>One row per group key of <paramref name="criteria"/>, in first-seen order.</summary>
    public static IReadOnlyList<SipasStyleRow> Compute(RatingScheme scheme, IEnumerable<CriterionRow> criteria, SipasStyleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(criteria);
        options ??= SipasStyleOptions.Default;
        if (options.Overall == SipasOverallStrategy.GeneralCriterion && scheme.FindCriterion(options.GeneralCriterionCode ?? string.Empty) is null)
        {
            throw new ArgumentException(
                $"Tiêu chí chung '{options.GeneralCriterionCode}' không có trong bộ tiêu chí {scheme}. / General criterion '{options.GeneralCriterionCode}' is not in scheme {scheme}.",
                nameof(options));
        }

        return [.. criteria.GroupBy(c => (c.Key, c.Period)).Select(g => ComputeGroup(scheme, g.Key.Key, g.Key.Period, [.. g], options))];
    }

    private static SipasStyleRow ComputeGroup(RatingScheme scheme, string key, ReportPeriod? period, List<CriterionRow> rows, SipasStyleOptions options)
    {
        // Schemes without factors count each criterion as its own factor.
        var factorCodes = scheme.Factors.Count > 0
            ? scheme.Factors.Select(f => f.Code).ToList()
            : scheme.Criteria.Select(c => c.Code).ToList();
        var factors = new List<FactorIndex>();
        foreach (var factor in factorCodes)
        {
            var shares = rows
                .Where(r => r.Answers > 0 && (scheme.Factors.Count > 0 ? r.FactorCode == factor : r.CriterionCode == factor))
                .Select(r => r.SatisfiedShare)
                .ToList();
            factors.Add(new FactorIndex(factor, shares.Count == 0 ? null : shares.Average(), shares.Count));
        }

        var answers = rows.Sum(r => (long)r.Answers);
        var counted = factors.Where(f => f.Index is not null).Select(f => f.Index!.Value).ToList();
        decimal? overall = options.Overall switch
        {
            SipasOverallStrategy.GeneralCriterion => rows.FirstOrDefault(r => r.CriterionCode == options.GeneralCriterionCode && r.Answers > 0)?.SatisfiedShare,
            _ => counted.Count == 0 ? null : counted.Average(),
        };
        var ordered = rows.OrderBy(r => IndexOf(scheme, r.CriterionCode)).ToList();
        return new SipasStyleRow(key, period, ordered, factors, overall, answers == 0 ? null : (decimal)rows.Sum(r => r.ValueSum) / answers);
    }

    private static int IndexOf(RatingScheme scheme, string criterion)
    {
        for (var i = 0; i < scheme.Criteria.Count; i++)
        {
            if (scheme.Criteria[i].Code == criterion)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
