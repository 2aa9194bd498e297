using Microsoft.Extensions.Options;

namespace SatisfactionKit.Devices.Transports.Serial;

/// <summary>Checks <see cref="SerialPadTransportOptions"/> at start-up.</summary>
internal sealed class SerialPadTransportOptionsValidator : IValidateOptions<SerialPadTransportOptions>
{
    public ValidateOptionsResult Validate(string? name, SerialPadTransportOptions options)
    {
        var errors = new List<string>(options.Problems);
        if (options.Ports.Count == 0)
        {
            errors.Add("UseSerial(): at least one serial port is required (SerialPadTransportOptions.Ports).");
        }

        if (options.Ports.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("UseSerial(): a serial port name is empty.");
        }

        if (options.BaudRate <= 0)
        {
            errors.Add($"UseSerial(): the baud rate must be more than zero (it is {options.BaudRate}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
