using System.Globalization;
using System.Text.RegularExpressions;

namespace SatisfactionKit.Devices.Profiles;

/// <summary>Checks a <see cref="PadProfile"/> before it is used, so mistakes surface at start-up.</summary>
public static class PadProfileValidator
{
    /// <summary>Returns the problems of a profile; empty when it is usable.</summary>
    /// <param name="profile">The profile to check.</param>
    public static IReadOnlyList<string> Validate(PadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            errors.Add("Name is required");
        }

        if (profile.Buttons.Count == 0)
        {
            errors.Add("at least one button is required");
        }

        foreach (var button in profile.Buttons)
        {
            if (string.IsNullOrEmpty(button.Input))
            {
                errors.Add("every button needs an Input");
            }

            if (button.LevelCode is null && button.CriterionCode is null && !button.Confirms)
            {
                errors.Add($"button '{button.Input}' needs a LevelCode, a CriterionCode or Confirms");
            }

            var isNumber = int.TryParse(button.Input, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n);
            if (profile.Kind == PadKind.Hid && !isNumber)
            {
                errors.Add($"button '{button.Input}' of a HID pad needs a numeric Input");
            }
            else if (profile.Kind == PadKind.Hid && profile.Encoding == ButtonEncoding.Bitmap && (n < 0 || n > 7))
            {
                errors.Add($"button bit {n} is outside 0..7");
            }
            else if (profile.Kind == PadKind.Hid && profile.Encoding == ButtonEncoding.Value && (n < 1 || n > 255))
            {
                errors.Add($"button value {n} is outside 1..255");
            }
        }

        if (profile.Kind == PadKind.Hid)
        {
            if (profile.InputReportLength is < 1 or > 4096)
            {
                errors.Add("InputReportLength must be 1..4096");
            }

            if (profile.ButtonOffset < 0 || profile.ButtonOffset >= profile.InputReportLength)
            {
                errors.Add("ButtonOffset must lie inside the report");
            }

            if (profile.InputReportId is < 0 or > 255)
            {
                errors.Add("InputReportId must be 0..255");
            }
        }

        if (profile.Kind == PadKind.Serial)
        {
            if (string.IsNullOrEmpty(profile.LinePattern))
            {
                errors.Add("a serial pad needs a LinePattern");
            }
            else
            {
                try
                {
                    if (Array.IndexOf(new Regex(profile.LinePattern).GetGroupNames(), "button") < 0)
                    {
                        errors.Add("LinePattern needs a group named 'button'");
                    }
                }
                catch (ArgumentException ex)
                {
                    errors.Add($"LinePattern is not a regular expression: {ex.Message}");
                }
            }
        }

        if (profile.Kind == PadKind.Serial && profile.Serial is { } serial)
        {
            ValidateSerial(serial, errors);
        }

        foreach (var template in new[] { profile.Outputs.Idle, profile.Outputs.Awaiting, profile.Outputs.ThankYou, profile.Outputs.Error })
        {
            if (template is not null && !OutputTemplate.TryParse(template, out _))
            {
                errors.Add($"output template '{template}' is not hex bytes");
            }
        }

        return errors;
    }

    private static void ValidateSerial(SerialFraming serial, List<string> errors)
    {
        if (serial.BaudRate is <= 0)
        {
            errors.Add($"Serial.BaudRate must be more than zero (it is {serial.BaudRate})");
        }

        if (serial.DataBits is < 5 or > 8)
        {
            errors.Add($"Serial.DataBits must be 5..8 (it is {serial.DataBits})");
        }

        if (serial.Parity is { } parity && !Enum.IsDefined(parity))
        {
            errors.Add($"Serial.Parity '{parity}' is not None, Odd, Even, Mark or Space");
        }

        if (serial.StopBits is { } stopBits && (!Enum.IsDefined(stopBits) || stopBits == System.IO.Ports.StopBits.None))
        {
            errors.Add($"Serial.StopBits '{stopBits}' is not One, OnePointFive or Two");
        }

        if (serial.Handshake is { } handshake && !Enum.IsDefined(handshake))
        {
            errors.Add($"Serial.Handshake '{handshake}' is not None, XOnXOff, RequestToSend or RequestToSendXOnXOff");
        }

        if (serial.RtsEnable == true && serial.Handshake is System.IO.Ports.Handshake.RequestToSend or System.IO.Ports.Handshake.RequestToSendXOnXOff)
        {
            errors.Add("Serial.RtsEnable cannot be set with an RTS handshake");
        }

        if (serial.LineTerminator is { Length: > 8 })
        {
            errors.Add("Serial.LineTerminator is longer than 8 characters");
        }

        if (!string.IsNullOrEmpty(serial.IgnorePattern))
        {
            try
            {
                _ = new Regex(serial.IgnorePattern);
            }
            catch (ArgumentException ex)
            {
                errors.Add($"Serial.IgnorePattern is not a regular expression: {ex.Message}");
            }
        }
    }
}
