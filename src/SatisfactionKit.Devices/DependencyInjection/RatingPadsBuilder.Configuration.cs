using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Transports.Evdev;
using SatisfactionKit.Devices.Transports.Serial;

// Beside the builder it serves.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

// Reads a pads configuration section into the builder (see BindConfiguration) key by key, without the
// reflection-based binder, so that pad hosts stay trimmable. The transports are chosen when the services
// are registered; everything else is read when the options are built, so a configuration reload reaches
// it. What cannot be understood becomes a start check naming its key, in English and Vietnamese.
// A part of the builder rather than a class of its own, so that the two do not reference each other.
public sealed partial class RatingPadsBuilder
{
    private static void ApplyConfiguration(RatingPadsBuilder pads, IConfiguration section)
    {
        var prefix = section is IConfigurationSection { Path: { Length: > 0 } path } ? path + ":" : string.Empty;
        var transports = section.GetSection("Transports").GetChildren().ToList();
        if (transports.Count > 0)
        {
            // The list replaces the transports code registered before: ["libusb"] means libusb only.
            pads.RemoveTransports();
        }

        foreach (var transport in transports)
        {
            ReadTransport(pads, transport, prefix);
        }

        var services = pads.Services;
        services.Configure<RatingPadOptions>(o => ReadHostOptions(o, section, prefix));
        services.Configure<SerialPadTransportOptions>(o => ReadSerialOptions(o, section, prefix));
        services.Configure<EvdevTransportOptions>(o =>
        {
            if (Strings(section, "Evdev:DeviceNames", "KeyboardPadNames") is { } names)
            {
                o.DeviceNames.Clear();
                names.ForEach(o.DeviceNames.Add);
            }
        });
        services.AddSingleton<IOptionsChangeTokenSource<RatingPadOptions>>(new SectionChangeTokenSource<RatingPadOptions>(section));
        services.AddSingleton<IOptionsChangeTokenSource<SerialPadTransportOptions>>(new SectionChangeTokenSource<SerialPadTransportOptions>(section));
        services.AddSingleton<IOptionsChangeTokenSource<EvdevTransportOptions>>(new SectionChangeTokenSource<EvdevTransportOptions>(section));
    }

    private static void ReadTransport(RatingPadsBuilder pads, IConfigurationSection transport, string prefix)
    {
        switch (transport.Value?.Trim().ToUpperInvariant())
        {
            case "HIDRAW": pads.UseHidraw(); break;
            case "LIBUSB": pads.UseLibUsb(); break;
            case "WINDOWS-HID": pads.UseWindowsHid(); break;
            case "EVDEV": pads.UseEvdev(); break;
            case "SERIAL": pads.UseSerial(static _ => { }); break;
            case "SIMULATED": pads.UseSimulated(); break;
            case "KEYBOARD": pads.UseKeyboardAdapter(); break;
            default:
                var problem = Problem(
                    $"{prefix}Transports:{transport.Key}",
                    $"unknown transport '{transport.Value}' (hidraw, libusb, evdev, windows-hid, serial, simulated, keyboard).",
                    $"không có cách kết nối '{transport.Value}'.");
                pads.Configure(o => o.StartChecks.Add(() => problem));
                break;
        }
    }

    private static void ReadHostOptions(RatingPadOptions o, IConfiguration section, string prefix)
    {
        void Fail(string key, string english, string vietnamese)
        {
            var problem = Problem(prefix + key, english, vietnamese);
            o.StartChecks.Add(() => problem);
        }

        if (Strings(section, "ProfileFiles") is { } files)
        {
            o.ProfileFiles.Clear();
            o.ProfileFileKeys.Clear();
            var keys = section.GetSection("ProfileFiles").GetChildren().Where(c => c.Value is { Length: > 0 }).Select(c => c.Path).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                o.ProfileFiles.Add(files[i]);
                o.ProfileFileKeys[files[i]] = keys[i];
            }
        }

        if (section["UseBuiltInProfiles"] is { } builtIn)
        {
            if (bool.TryParse(builtIn, out var use))
            {
                o.UseBuiltInProfiles = use;
            }
            else
            {
                Fail("UseBuiltInProfiles", $"'{builtIn}' is not true or false.", "phải là true hoặc false.");
            }
        }

        foreach (var key in (string[])["ScanInterval", "FloodWindow"])
        {
            if (section[key] is not { } text)
            {
                continue;
            }

            if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
            {
                Fail(key, $"'{text}' is not a time span such as 00:00:00.250.", "phải là một khoảng thời gian như 00:00:00.250.");
            }
            else if (key == "ScanInterval")
            {
                o.ScanInterval = value;
            }
            else
            {
                o.FloodWindow = value;
            }
        }

        foreach (var key in (string[])["MaxStrayPressesPerWindow", "MaxLoggedInputsPerWindow"])
        {
            if (section[key] is not { } text)
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                Fail(key, $"'{text}' is not a whole number of zero or more.", "phải là số nguyên không âm.");
            }
            else if (key == "MaxStrayPressesPerWindow")
            {
                o.MaxStrayPressesPerWindow = value;
            }
            else
            {
                o.MaxLoggedInputsPerWindow = value;
            }
        }

        var bindings = section.GetSection("Bindings").GetChildren().ToList();
        if (bindings.Count > 0)
        {
            o.Bindings.Clear();
        }

        foreach (var binding in bindings)
        {
            ReadBinding(o, binding, $"{prefix}Bindings:{binding.Key}");
        }
    }

    private static void ReadSerialOptions(SerialPadTransportOptions o, IConfiguration section, string prefix)
    {
        if (Strings(section, "Serial:Ports", "SerialPorts") is { } ports)
        {
            o.Ports.Clear();
            ports.ForEach(o.Ports.Add);
        }

        var key = section["Serial:BaudRate"] is null ? "SerialBaudRate" : "Serial:BaudRate";
        if (section[key] is { } baud)
        {
            if (int.TryParse(baud, NumberStyles.None, CultureInfo.InvariantCulture, out var rate))
            {
                o.BaudRate = rate;
            }
            else
            {
                o.Problems.Add(Problem(prefix + key, $"'{baud}' is not a number.", "tốc độ baud phải là một số."));
            }
        }
    }

    /// <summary>The non-empty values of the first of <paramref name="keys"/> that is present, or null when none is.</summary>
    private static List<string>? Strings(IConfiguration section, params string[] keys) =>
        keys.Select(section.GetSection).FirstOrDefault(s => s.GetChildren().Any()) is { } found
            ? [.. found.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0)]
            : null;

    /// <summary>A start-up message in the library's form: the key, then English, then Vietnamese.</summary>
    private static string Problem(string key, string english, string vietnamese) => $"{key}: {english} / {vietnamese}";

    /// <summary>Tells the options monitor that the section was reloaded.</summary>
    private sealed class SectionChangeTokenSource<TOptions>(IConfiguration section) : IOptionsChangeTokenSource<TOptions>
    {
        public string? Name => Options.Options.DefaultName;

        public IChangeToken GetChangeToken() => section.GetReloadToken();
    }
}
