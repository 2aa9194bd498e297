using Microsoft.Extensions.Options;

namespace SatisfactionKit.Devices.Transports.Evdev;

/// <summary>Checks <see cref="EvdevTransportOptions"/> at start-up.</summary>
internal sealed class EvdevTransportOptionsValidator : IValidateOptions<EvdevTransportOptions>
{
    public ValidateOptionsResult Validate(string? name, EvdevTransportOptions options)
    {
        var errors = new List<string>();
        if (options.DeviceNames.Count == 0 && options.Include is null)
        {
            errors.Add("UseEvdev(): name the pads' input devices (EvdevTransportOptions.DeviceNames) or give EvdevTransportOptions.Include; the transport never grabs every keyboard.");
        }

        if (options.DeviceNames.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("UseEvdev(): an input device name is empty.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
