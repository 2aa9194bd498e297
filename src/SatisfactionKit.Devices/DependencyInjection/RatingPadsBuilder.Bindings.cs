using System.Globalization;
using Microsoft.Extensions.Configuration;
using SatisfactionKit.Devices;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Transports;

// Beside the builder it serves.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

// Reads one entry of a pads section's Bindings: a counter, an optional profile, and either "OnlyPad": true
// or the things that identify the pad, all of which must hold.
public sealed partial class RatingPadsBuilder
{
    private static readonly string[] BindingKeys = ["SerialNumber", "Path", "Port", "Link", "Name", "Interface"];

    private static void ReadBinding(RatingPadOptions o, IConfigurationSection binding, string key)
    {
        void Fail(string english, string vietnamese)
        {
            var problem = Problem(key, english, vietnamese);
            o.StartChecks.Add(() => problem);
        }

        var counter = binding["Counter"];
        if (string.IsNullOrWhiteSpace(counter))
        {
            // The key is the binding's Counter: "Pads:Bindings:1:Counter is empty."
            var problem = $"{key}:Counter is empty. / chưa khai báo mã quầy.";
            o.StartChecks.Add(() => problem);
            return;
        }

        var profile = binding["Profile"] is { Length: > 0 } named ? named : null;
        var onlyPad = false;
        if (binding["OnlyPad"] is { } onlyText && !bool.TryParse(onlyText, out onlyPad))
        {
            Fail($"OnlyPad: '{onlyText}' is not true or false.", "OnlyPad phải là true hoặc false.");
            return;
        }

        var given = BindingKeys.Where(k => binding[k] is { Length: > 0 }).ToList();
        if (onlyPad)
        {
            if (given.Count > 0)
            {
                Fail($"\"OnlyPad\": true cannot be combined with {string.Join(", ", given)}.", "\"OnlyPad\": true không dùng cùng các điều kiện khác.");
                return;
            }

            o.BindOnlyPad(counter, profile);
            return;
        }

        if (given.Count == 0)
        {
            Fail(
                "needs SerialNumber, Path or \"OnlyPad\": true. Port (USB port path such as 1-1.2), Link (/dev/…/by-id or by-path), Name and Interface choose a pad too.",
                "cần SerialNumber, Path, Port, Link, Name, Interface hoặc \"OnlyPad\": true.");
            return;
        }

        var tests = new List<Func<PadDeviceInfo, bool>>();
        foreach (var name in given)
        {
            var value = binding[name]!;
            switch (name)
            {
                case "SerialNumber": tests.Add(d => string.Equals(d.SerialNumber, value, StringComparison.Ordinal)); break;
                case "Path": tests.Add(d => string.Equals(d.Path, value, StringComparison.Ordinal)); break;
                case "Port": tests.Add(d => string.Equals(d.PortPath, value, StringComparison.Ordinal)); break;
                case "Link": tests.Add(d => DeviceLinks.Names(value, d.Path)); break;
                case "Name": tests.Add(d => string.Equals(d.Name, value, StringComparison.Ordinal)); break;
                default:
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var usbInterface) || usbInterface > 255)
                    {
                        Fail($"Interface: '{value}' is not a USB interface number 0..255.", "Interface phải là số giao diện USB 0..255.");
                        return;
                    }

                    tests.Add(d => d.Interface == usbInterface);
                    break;
            }
        }

        o.BindCounter(counter, d => tests.TrueForAll(t => t(d)), profile);
    }
}
