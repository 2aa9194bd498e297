using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>Checks <see cref="RatingPadOptions"/> at start-up.</summary>
internal sealed class RatingPadOptionsValidator : IValidateOptions<RatingPadOptions>
{
    public ValidateOptionsResult Validate(string? name, RatingPadOptions options)
    {
        var errors = new List<string>();
        foreach (var check in options.StartChecks)
        {
            if (check() is { } problem && !errors.Contains(problem))
            {
                errors.Add(problem);
            }
        }

        if (options.ScanInterval <= TimeSpan.Zero || options.ScanInterval > TimeSpan.FromSeconds(1))
        {
            errors.Add("ScanInterval must be more than zero and at most one second.");
        }

        if (options.Bindings.Count == 0)
        {
            errors.Add("At least one counter binding is required (BindCounter, BindSerialNumber, BindPath or BindOnlyPad).");
        }

        foreach (var binding in options.Bindings)
        {
            if (string.IsNullOrWhiteSpace(binding.CounterId))
            {
                errors.Add("Every binding needs a counter id.");
            }
        }

        foreach (var profile in options.Profiles)
        {
            errors.AddRange(PadProfileValidator.Validate(profile).Select(e => $"Profile '{profile.Name}': {e}"));
        }

        foreach (var file in options.ProfileFiles)
        {
            if (!File.Exists(file))
            {
                errors.Add($"Profile file '{file}' does not exist.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
