using Microsoft.Extensions.Options;

namespace SatisfactionKit.Units;

/// <summary>Checks <see cref="UnitRegistryOptions"/> at start-up, naming the option that is wrong.</summary>
internal sealed class UnitRegistryOptionsValidator : IValidateOptions<UnitRegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, UnitRegistryOptions options) =>
        options.CacheDuration < TimeSpan.Zero
            ? ValidateOptionsResult.Fail($"UnitRegistryOptions.CacheDuration: không được âm (đang là {options.CacheDuration}); dùng 0 để không lưu đệm. / must not be negative (it is {options.CacheDuration}); use 0 to disable the cache.")
            : ValidateOptionsResult.Success;
}
