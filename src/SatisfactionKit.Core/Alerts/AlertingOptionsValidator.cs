using Microsoft.Extensions.Options;

namespace SatisfactionKit.Alerts;

/// <summary>Checks the alert rules at start-up, naming the rule and the value that is wrong.</summary>
internal sealed class AlertingOptionsValidator : IValidateOptions<AlertingOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertingOptions options)
    {
        var problems = new List<string>();
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            var at = $"AlertingOptions.Rules[{i}]";
            if (rule is null || string.IsNullOrWhiteSpace(rule.Code))
            {
                problems.Add($"{at}: quy tắc cần có mã. / a rule needs a code.");
                continue;
            }

            if (rule.Window <= TimeSpan.Zero)
            {
                problems.Add($"{at} ({rule.Code}).Window: phải lớn hơn 0. / must be above zero.");
            }

            if (rule.MinimumRatings < 1)
            {
                problems.Add($"{at} ({rule.Code}).MinimumRatings: phải từ 1 trở lên. / must be at least 1.");
            }

            if (rule.DissatisfiedShare is <= 0m or > 1m)
            {
                problems.Add($"{at} ({rule.Code}).DissatisfiedShare: phải lớn hơn 0 và không quá 1. / must be above 0 and at most 1.");
            }
        }

        if (options.Rules.Where(r => r is not null).GroupBy(r => r.Code).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            problems.Add($"AlertingOptions.Rules: mã '{duplicate.Key}' bị trùng. / code '{duplicate.Key}' is used twice.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
