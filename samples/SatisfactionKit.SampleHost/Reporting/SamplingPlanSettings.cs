using System.Globalization;
using SatisfactionKit.Reports;

namespace SatisfactionKit.SampleHost.Reporting;

/// <summary>
/// The province's sampling plan as the sample reads it from <c>SampleHost:SamplingPlan</c>: the margin of error of
/// the standard sample size n = N / (1 + N·e²) and the rules that ask for more (e.g. at least 200 forms and 30 % of
/// the dossiers for units with 200 to 1,000 dossiers). It becomes <see cref="ReportingOptions.QuotaPolicy"/>.
/// </summary>
public sealed class SamplingPlanSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SampleHost:SamplingPlan";

    /// <summary>e, from 0 to 1 (exclusive). Default 0.05.</summary>
    public decimal MarginOfError { get; set; } = 0.05m;

    /// <summary>The rules, tried in order; a unit none covers gets the standard sample size.</summary>
    public List<SampleQuotaRuleSettings> Rules { get; set; } = [];

    /// <summary>The policy; a setting out of range stops the host with its key named.</summary>
    public SampleQuotaPolicy ToPolicy()
    {
        if (MarginOfError is <= 0m or >= 1m)
        {
            throw Invalid("MarginOfError", MarginOfError.ToString(CultureInfo.InvariantCulture), "0 < e < 1");
        }

        var rules = new List<SampleQuotaRule>();
        for (var i = 0; i < Rules.Count; i++)
        {
            var r = Rules[i];
            if (r.MinDossiers < 0 || r.MaxDossiers < r.MinDossiers || r.MinimumCount < 0 || r.MinimumShare is < 0m or > 1m)
            {
                throw Invalid(string.Create(CultureInfo.InvariantCulture, $"Rules:{i}"), string.Create(CultureInfo.InvariantCulture, $"{r.MinDossiers}–{r.MaxDossiers}, {r.MinimumCount}, {r.MinimumShare}"), "0 ≤ MinDossiers ≤ MaxDossiers, MinimumCount ≥ 0, 0 ≤ MinimumShare ≤ 1");
            }

            rules.Add(new SampleQuotaRule(r.MinDossiers, r.MaxDossiers, r.MinimumCount, r.MinimumShare));
        }

        return new SampleQuotaPolicy(rules, MarginOfError);
    }

    private static InvalidOperationException Invalid(string key, string value, string rule) => new(
        $"{Section}:{key} = {value} không hợp lệ (cần {rule}). / {Section}:{key} = {value} is invalid (must be {rule}).");
}

/// <summary>One rule of a <see cref="SamplingPlanSettings"/> (<see cref="SampleQuotaRule"/>).</summary>
public sealed class SampleQuotaRuleSettings
{
    /// <summary>The smallest dossier count the rule applies to.</summary>
    public int MinDossiers { get; set; }

    /// <summary>The largest, or none.</summary>
    public int? MaxDossiers { get; set; }

    /// <summary>The least number of forms.</summary>
    public int MinimumCount { get; set; }

    /// <summary>The least share of the dossiers, from 0 to 1.</summary>
    public decimal MinimumShare { get; set; }
}
