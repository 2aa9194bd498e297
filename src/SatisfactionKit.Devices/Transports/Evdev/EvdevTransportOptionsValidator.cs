using Microsoft.Extensions.Options;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Profiles;

namespace SatisfactionKit.Devices.Transports.Evdev;

/// <summary>Checks <see cref="EvdevTransportOptions"/> at start-up: the transport must know which input devices are pads.</summary>
internal sealed class EvdevTransportOptionsValidator(PadProfileCatalog catalog) : IValidateOptions<EvdevTransportOptions>
{
    public ValidateOptionsResult Validate(string? name, EvdevTransportOptions options)
    {
        var errors = new List<string>();
        if (options.DeviceNames.Count == 0 && options.Include is null && !HasKeyboardProfileWithIds())
        {
            errors.Add("UseEvdev(): name the pads' input devices (EvdevTransportOptions.DeviceNames), give EvdevTransportOptions.Include, " +
                "or add a Keyboard profile with vendorId and productId; the transport never grabs every keyboard. / " +
                "UseEvdev(): hãy khai báo tên thiết bị, hoặc một hồ sơ bàn phím (Keyboard) có vendorId và productId.");
        }

        if (options.DeviceNames.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("UseEvdev(): an input device name is empty. / UseEvdev(): có tên thiết bị để trống.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private bool HasKeyboardProfileWithIds()
    {
        try
        {
            return catalog.Current.Any(p => p.Kind == PadKind.Keyboard && p.VendorId is not null);
        }
        catch (OptionsValidationException)
        {
            // The pad host's options are wrong; their own validation says how.
            return true;
        }
    }
}
