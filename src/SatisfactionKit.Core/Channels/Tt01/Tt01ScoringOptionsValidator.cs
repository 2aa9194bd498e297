using Microsoft.Extensions.Options;

namespace SatisfactionKit.Channels.Tt01;

/// <summary>Checks <see cref="Tt01ScoringOptions"/> when the host starts: thresholds not negative, the 1-point one not below the 2-point one.</summary>
internal sealed class Tt01ScoringOptionsValidator : IValidateOptions<Tt01ScoringOptions>
{
    public ValidateOptionsResult Validate(string? name, Tt01ScoringOptions options)
    {
        var problems = new List<string>();
        if (options.ContactsForTwoPoints < 0 || options.ContactsForOnePoint < options.ContactsForTwoPoints)
        {
            problems.Add($"{nameof(Tt01ScoringOptions)}.{nameof(options.ContactsForOnePoint)}: cần 0 ≤ ngưỡng 2 điểm ≤ ngưỡng 1 điểm. / needs 0 ≤ the 2-point threshold ≤ the 1-point threshold.");
        }

        if (options.AgenciesForTwoPoints < 0 || options.AgenciesForOnePoint < options.AgenciesForTwoPoints)
        {
            problems.Add($"{nameof(Tt01ScoringOptions)}.{nameof(options.AgenciesForOnePoint)}: cần 0 ≤ ngưỡng 2 điểm ≤ ngưỡng 1 điểm. / needs 0 ≤ the 2-point threshold ≤ the 1-point threshold.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
