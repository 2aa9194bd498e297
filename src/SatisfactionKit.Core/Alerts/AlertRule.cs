namespace SatisfactionKit.Alerts;

/// <summary>
/// A real-time alert rule, such as "at least 50 % dissatisfied within 15 minutes with at least 4
/// ratings, per counter". Rules are data, given in <see cref="AlertingOptions.Rules"/>.
/// </summary>
/// <param name="Code">The rule's code, named in its alerts.</param>
/// <param name="Scope">Per counter or per unit.</param>
/// <param name="Window">The sliding window ratings are counted in.</param>
/// <param name="MinimumRatings">The least number of ratings in the window before the rule may fire.</param>
/// <param name="DissatisfiedShare">The share of dissatisfied ratings, from 0 to 1, at or above which it fires.</param>
public sealed record AlertRule(string Code, AlertScope Scope, TimeSpan Window, int MinimumRatings, decimal DissatisfiedShare)
{
    /// <summary>The default rule: at least 50 % dissatisfied within 15 minutes with at least 4 ratings, per counter.</summary>
    public static AlertRule Default { get; } = new("KHL_50_15P", AlertScope.Counter, TimeSpan.FromMinutes(15), 4, 0.5m);
}
