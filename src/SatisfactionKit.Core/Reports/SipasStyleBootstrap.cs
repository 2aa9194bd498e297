using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Reports;

/// <summary>
/// The percentile bootstrap of the SIPAS-style indices: draw as many forms as were collected, with
/// replacement, compute every criterion share, factor index and the overall index on the draw exactly as
/// <see cref="SipasStyleIndex"/> does, repeat; the 2.5th and 97.5th percentiles of the draws bound each
/// index. Seeded, so a report is reproducible (Efron and Tibshirani 1993, ch. 13).
/// </summary>
public static class SipasStyleBootstrap
{
    /// <summary>The default seed: the same data always give the same intervals.</summary>
    public const int DefaultSeed = 20261207;

    /// <summary>Computes the intervals of the indices of <paramref name="respondents"/> (each the answers of one form).</summary>
    /// <param name="scheme">The scheme the forms answer.</param>
    /// <param name="respondents">The answers of each form; only valid answers (a conditional criterion only when its condition held).</param>
    /// <param name="options">How the overall index is made.</param>
    /// <param name="resamples">Draws; 1,000 by default (a 95 % percentile interval wants at least that many).</param>
    /// <param name="seed">The seed of the draws.</param>
    public static SipasStyleIntervals Compute(RatingScheme scheme, IReadOnlyList<IReadOnlyList<RatingAnswer>> respondents, SipasStyleOptions? options = null, int resamples = 1000, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        options ??= SipasStyleOptions.Default;
        var criteria = scheme.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        // Each form as (criterion index, satisfied) pairs: a draw only adds them up.
        var forms = respondents
            .Select(r => r.Where(a => criteria.ContainsKey(a.CriterionCode)).Select(a => (Index: criteria[a.CriterionCode], a.IsSatisfied)).ToArray())
            .ToArray();
        var factorCodes = scheme.Factors.Count > 0 ? [.. scheme.Factors.Select(f => f.Code)] : scheme.Criteria.Select(c => c.Code).ToList();
        var factorOf = scheme.Criteria.Select(c => scheme.Factors.Count > 0 ? factorCodes.IndexOf(c.FactorCode ?? string.Empty) : factorCodes.IndexOf(c.Code)).ToArray();
        var general = options.Overall == SipasOverallStrategy.GeneralCriterion && options.GeneralCriterionCode is { } code && criteria.TryGetValue(code, out var g) ? g : -1;

        var draws = new List<double>[factorCodes.Count];
        for (var f = 0; f < draws.Length; f++)
        {
            draws[f] = new List<double>(resamples);
        }

        var overall = new List<double>(resamples);
        var random = new Random(seed);
        var answered = new int[criteria.Count];
        var satisfied = new int[criteria.Count];
        for (var b = 0; b < resamples && forms.Length > 0; b++)
        {
            Array.Clear(answered);
            Array.Clear(satisfied);
            for (var n = 0; n < forms.Length; n++)
            {
                foreach (var (index, isSatisfied) in forms[random.Next(forms.Length)])
                {
                    answered[index]++;
                    satisfied[index] += isSatisfied ? 1 : 0;
                }
            }

            var factorSum = new double[factorCodes.Count];
            var factorCount = new int[factorCodes.Count];
            for (var c = 0; c < answered.Length; c++)
            {
                if (answered[c] > 0 && factorOf[c] >= 0)
                {
                    factorSum[factorOf[c]] += 100d * satisfied[c] / answered[c];
                    factorCount[factorOf[c]]++;
                }
            }

            var indices = new List<double>();
            for (var f = 0; f < factorCodes.Count; f++)
            {
                if (factorCount[f] > 0)
                {
                    var index = factorSum[f] / factorCount[f];
                    draws[f].Add(index);
                    indices.Add(index);
                }
            }

            if (general >= 0)
            {
                if (answered[general] > 0)
                {
                    overall.Add(100d * satisfied[general] / answered[general]);
                }
            }
            else if (indices.Count > 0)
            {
                overall.Add(indices.Average());
            }
        }

        var factors = factorCodes.Select((f, i) => (f, Interval(draws[i], forms.Length))).ToDictionary(x => x.f, x => x.Item2, StringComparer.Ordinal);
        return new SipasStyleIntervals(factors, Interval(overall, forms.Length), forms.Length, resamples, seed);
    }

    private static ProportionInterval? Interval(List<double> draws, long respondents)
    {
        if (draws.Count == 0)
        {
            return null;
        }

        draws.Sort();
        return new ProportionInterval((decimal)Percentile(draws, 0.025), (decimal)Percentile(draws, 0.975), respondents, null);
    }

    /// <summary>The linearly interpolated percentile of sorted <paramref name="sorted"/>.</summary>
    private static double Percentile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
