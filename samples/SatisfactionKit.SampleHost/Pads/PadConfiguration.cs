using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Evdev;
using SatisfactionKit.Devices.Transports.Hidraw;
using SatisfactionKit.Devices.Transports.LibUsb;
using SatisfactionKit.Devices.Transports.WindowsHid;
using SatisfactionKit.Devices.Transports.Serial;

namespace SatisfactionKit.SampleHost.Pads;

/// <summary>Turns <see cref="PadSettings"/> into the Devices package's registration, as a vendor's host would.</summary>
public static class PadConfiguration
{
    public static SatisfactionKitBuilder AddConfiguredPads(this SatisfactionKitBuilder builder, IConfiguration section)
    {
        var settings = section.Get<PadSettings>() ?? new PadSettings();
        if (!settings.Enabled)
        {
            return builder;
        }

        foreach (var transport in settings.Transports)
        {
            switch (transport.Trim().ToUpperInvariant())
            {
                case "HIDRAW" when OperatingSystem.IsLinux():
                    builder.Services.AddSingleton<IPadTransport, HidrawTransport>();
                    break;
                case "HIDRAW":
                    throw new InvalidOperationException("SampleHost:Pads:Transports: 'hidraw' chỉ có trên Linux. / 'hidraw' exists on Linux only.");
                case "LIBUSB":
                    builder.Services.AddSingleton<IPadTransport, LibUsbTransport>();
                    break;
                case "EVDEV" when OperatingSystem.IsLinux():
                    // Only the input devices named in the settings: the PC's own keyboard is never grabbed.
                    builder.Services.AddSingleton<IPadTransport>(new EvdevTransport(d => settings.KeyboardPadNames.Contains(d.Name ?? string.Empty, StringComparer.Ordinal)));
                    break;
                case "WINDOWS-HID" when OperatingSystem.IsWindows():
                    builder.Services.AddSingleton<IPadTransport, WindowsHidTransport>();
                    break;
                case "SERIAL":
                    builder.Services.AddSingleton<IPadTransport>(new SerialPadTransport(settings.SerialPorts, settings.SerialBaudRate));
                    break;
                default:
                    throw new InvalidOperationException($"SampleHost:Pads:Transports: không biết '{transport}' (hidraw, libusb, evdev, windows-hid, serial). / unknown or unavailable transport '{transport}' on this OS (hidraw, libusb, evdev, windows-hid, serial).");
            }
        }

        return builder.AddRatingPads(p =>
        {
            foreach (var file in settings.ProfileFiles)
            {
                p.ProfileFiles.Add(file);
            }

            foreach (var (binding, index) in settings.Bindings.Select((b, i) => (b, i)))
            {
                if (string.IsNullOrWhiteSpace(binding.Counter))
                {
                    throw new InvalidOperationException($"SampleHost:Pads:Bindings:{index}:Counter trống. / is empty.");
                }

                if (binding.OnlyPad)
                {
                    p.BindOnlyPad(binding.Counter);
                }
                else if (binding.SerialNumber is { Length: > 0 } serial)
                {
                    p.BindSerialNumber(binding.Counter, serial);
                }
                else if (binding.Path is { Length: > 0 } path)
                {
                    p.BindPath(binding.Counter, path, binding.Profile);
                }
                else
                {
                    throw new InvalidOperationException($"SampleHost:Pads:Bindings:{index}: cần SerialNumber, Path hoặc OnlyPad. / needs SerialNumber, Path or OnlyPad.");
                }
            }
        });
    }
}
