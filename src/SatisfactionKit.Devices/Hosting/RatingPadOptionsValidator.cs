using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Hosting;

/// <summary>
/// Checks <see cref="RatingPadOptions"/> at start-up, profile files included (read and parsed here, so a
/// bad file stops the host before it runs), naming the option or configuration key of each problem.
/// </summary>
internal sealed class RatingPadOptionsValidator(PadTransportRegistrations transports) : IValidateOptions<RatingPadOptions>
{
    public ValidateOptionsResult Validate(string? name, RatingPadOptions options)
    {
        var errors = new List<string>();
        void Problem(string option, string english, string vietnamese)
        {
            var message = $"{option}: {english} / {vietnamese}";
            if (!errors.Contains(message))
            {
                errors.Add(message);
            }
        }

        foreach (var check in options.StartChecks.Concat(transports.Checks.Values))
        {
            if (check() is { } problem && !errors.Contains(problem))
            {
                errors.Add(problem);
            }
        }

        if (options.ScanInterval <= TimeSpan.Zero || options.ScanInterval > TimeSpan.FromSeconds(1))
        {
            Problem($"{nameof(RatingPadOptions)}.{nameof(options.ScanInterval)}", $"ScanInterval must be more than zero and at most one second (it is {options.ScanInterval}).", "chu kỳ quét phải lớn hơn 0 và không quá 1 giây.");
        }

        if (options.FloodWindow <= TimeSpan.Zero)
        {
            Problem($"{nameof(RatingPadOptions)}.{nameof(options.FloodWindow)}", $"must be more than zero (it is {options.FloodWindow}).", "phải lớn hơn 0.");
        }

        if (options.MaxStrayPressesPerWindow < 0 || options.MaxLoggedInputsPerWindow < 0)
        {
            Problem($"{nameof(RatingPadOptions)}.{nameof(options.MaxStrayPressesPerWindow)}/{nameof(options.MaxLoggedInputsPerWindow)}", "must not be negative.", "không được âm.");
        }

        if (options.Bindings.Count == 0)
        {
            Problem($"{nameof(RatingPadOptions)}.{nameof(options.Bindings)}", "At least one counter binding is required (BindCounter, BindSerialNumber, BindPath, BindPort, BindLink, BindName or BindOnlyPad).", "cần gán ít nhất một bàn phím đánh giá cho một quầy.");
        }

        for (var i = 0; i < options.Bindings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Bindings[i].CounterId))
            {
                Problem($"{nameof(RatingPadOptions)}.{nameof(options.Bindings)}[{i}]", "Every binding needs a counter id.", "mỗi phép gán cần mã quầy.");
            }
        }

        foreach (var profile in options.Profiles)
        {
            foreach (var error in PadProfileValidator.Validate(profile))
            {
                Problem($"{nameof(RatingPadOptions)}.{nameof(options.Profiles)}", $"Profile '{profile.Name}': {error}", $"hồ sơ bàn phím '{profile.Name}' không hợp lệ.");
            }
        }

        var (loaded, fileErrors) = PadProfileCatalog.Load(options);
        errors.AddRange(fileErrors);
        if (fileErrors.Count == 0)
        {
            // A binding that names a profile nobody defined would never bind: said now, not after start.
            var names = loaded.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < options.Bindings.Count; i++)
            {
                if (options.Bindings[i].ProfileName is { } wanted && !names.Contains(wanted))
                {
                    Problem(
                        $"{nameof(RatingPadOptions)}.{nameof(options.Bindings)}[{i}].Profile",
                        $"names profile '{wanted}', which is not defined (defined: {string.Join(", ", names.Order(StringComparer.Ordinal))}).",
                        $"hồ sơ bàn phím '{wanted}' chưa được khai báo.");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
