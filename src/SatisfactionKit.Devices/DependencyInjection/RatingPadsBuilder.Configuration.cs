using System.Globalization;
using Microsoft.Extensions.Configuration;

// Beside the builder it serves.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

// Reads a pads configuration section into the builder (see BindConfiguration) key by key, without the
// reflection-based binder, so that pad hosts stay trimmable. What cannot be understood becomes a start check.
// A part of the builder rather than a class of its own, so that the two do not reference each other.
public sealed partial class RatingPadsBuilder
{
    private static void ApplyConfiguration(RatingPadsBuilder pads, IConfiguration section)
    {
        var prefix = section is IConfigurationSection { Path: { Length: > 0 } path } ? path + ":" : string.Empty;
        foreach (var transport in section.GetSection("Transports").GetChildren())
        {
            ReadTransport(pads, section, transport, prefix);
        }

        foreach (var file in ReadStrings(section.GetSection("ProfileFiles")))
        {
            pads.AddProfileFile(file);
        }

        if (section["UseBuiltInProfiles"] is { } builtIn)
        {
            if (bool.TryParse(builtIn, out var use))
            {
                pads.Configure(o => o.UseBuiltInProfiles = use);
            }
            else
            {
                FailConfiguration(pads, $"{prefix}UseBuiltInProfiles: '{builtIn}' is not true or false.");
            }
        }

        if (section["ScanInterval"] is { } scan)
        {
            if (TimeSpan.TryParse(scan, CultureInfo.InvariantCulture, out var interval))
            {
                pads.Configure(o => o.ScanInterval = interval);
            }
            else
            {
                FailConfiguration(pads, $"{prefix}ScanInterval: '{scan}' is not a time span such as 00:00:00.250.");
            }
        }

        foreach (var binding in section.GetSection("Bindings").GetChildren())
        {
            ReadBinding(pads, binding, $"{prefix}Bindings:{binding.Key}");
        }
    }

    private static void ReadTransport(RatingPadsBuilder pads, IConfiguration section, IConfigurationSection transport, string prefix)
    {
        switch (transport.Value?.Trim().ToUpperInvariant())
        {
            case "HIDRAW":
                pads.UseHidraw();
                break;
            case "LIBUSB":
                pads.UseLibUsb();
                break;
            case "WINDOWS-HID":
                pads.UseWindowsHid();
                break;
            case "EVDEV":
                var names = ReadStrings(section.GetSection("KeyboardPadNames"));
                pads.UseEvdev(o =>
                {
                    foreach (var name in names)
                    {
                        o.DeviceNames.Add(name);
                    }
                });
                break;
            case "SERIAL":
                var ports = ReadStrings(section.GetSection("SerialPorts"));
                var baud = section["SerialBaudRate"];
                var baudRate = 9600;
                if (baud is not null && !int.TryParse(baud, NumberStyles.None, CultureInfo.InvariantCulture, out baudRate))
                {
                    FailConfiguration(pads, $"{prefix}SerialBaudRate: '{baud}' is not a number.");
                    baudRate = 9600;
                }

                pads.UseSerial(o =>
                {
                    foreach (var port in ports)
                    {
                        o.Ports.Add(port);
                    }

                    o.BaudRate = baudRate;
                });
                break;
            case "SIMULATED":
                pads.UseSimulated();
                break;
            case "KEYBOARD":
                pads.UseKeyboardAdapter();
                break;
            default:
                FailConfiguration(pads, $"{prefix}Transports:{transport.Key}: unknown transport '{transport.Value}' (hidraw, libusb, evdev, windows-hid, serial, simulated, keyboard).");
                break;
        }
    }

    private static void ReadBinding(RatingPadsBuilder pads, IConfigurationSection binding, string key)
    {
        var counter = binding["Counter"];
        if (string.IsNullOrWhiteSpace(counter))
        {
            FailConfiguration(pads, $"{key}:Counter is empty.");
            return;
        }

        var onlyPad = binding["OnlyPad"];
        if (onlyPad is not null && !bool.TryParse(onlyPad, out _))
        {
            FailConfiguration(pads, $"{key}:OnlyPad: '{onlyPad}' is not true or false.");
        }
        else if (onlyPad is not null && bool.Parse(onlyPad))
        {
            pads.BindOnlyPad(counter);
        }
        else if (binding["SerialNumber"] is { Length: > 0 } serial)
        {
            pads.BindSerialNumber(counter, serial);
        }
        else if (binding["Path"] is { Length: > 0 } path)
        {
            pads.BindPath(counter, path, binding["Profile"] is { Length: > 0 } profile ? profile : null);
        }
        else
        {
            FailConfiguration(pads, $"{key}: needs SerialNumber, Path or \"OnlyPad\": true.");
        }
    }

    private static List<string> ReadStrings(IConfigurationSection array) =>
        [.. array.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0)];

    private static void FailConfiguration(RatingPadsBuilder pads, string problem) =>
        pads.Configure(o => o.StartChecks.Add(() => problem));
}
