// Runs the pad host over a real transport (hidraw, libusb or evdev) with Core, opens a prompt on QUAY-01 and
// prints each stored rating as "RATING <counter> <level> <device>" and the pad disconnections as
// "DISCONNECTIONS <n>"; exits 0 after the expected number of ratings (and, with --until-unplugged, a disconnection).
// libusb and evdev replays deliver their input as soon as it is asked for, so there the first prompt is opened
// before the pad host starts.
// "config <settings.json> <expected-ratings> [--for <seconds>]" wires the pads from the file's "Pads" section alone
// (AddRatingPads(section)), runs at least that long, and prints "STRAYS <n>" and "DROPPED <n>" as well.
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Evdev;
using SatisfactionKit.Devices.Transports.Hidraw;
using SatisfactionKit.Devices.Transports.LibUsb;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;
using SatisfactionKit.Testing;

if (args is ["hidraw-info", var node])
{
    // Opens one hidraw node the way the transport does and prints what its ioctls answered.
    await using var connection = SatisfactionKit.Devices.Transports.Hidraw.HidrawConnection.Open(node, 2);
    Console.WriteLine(connection.RawInfo is { } raw
        ? $"RAWINFO bus={raw.BusType} vendor={(ushort)raw.Vendor:X4} product={(ushort)raw.Product:X4}"
        : "RAWINFO none");
    Console.WriteLine($"DESCRIPTOR size={connection.DescriptorSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} bytes={Convert.ToHexString(connection.ReportDescriptor ?? [])}");
    return 0;
}

var untilUnplugged = args.Contains("--until-unplugged");
args = [.. args.Where(a => a != "--until-unplugged")];
var runFor = TimeSpan.Zero;
if (Array.IndexOf(args, "--for") is var forAt and >= 0 && forAt + 1 < args.Length)
{
    runFor = TimeSpan.FromSeconds(double.Parse(args[forAt + 1], System.Globalization.CultureInfo.InvariantCulture));
    args = [.. args[..forAt], .. args[(forAt + 2)..]];
}

if (args is not ["hidraw" or "libusb" or "evdev" or "config", var serial, var expectedText, ..])
{
    Console.Error.WriteLine("usage: harness hidraw|libusb|evdev <serial-or-path> <expected-ratings> [profile.json] [--until-unplugged]");
    Console.Error.WriteLine("       harness config <settings.json> <expected-ratings> [--for <seconds>]");
    return 2;
}

var transportName = args[0];
var disconnections = 0;
using var meters = new MeterListener();
meters.InstrumentPublished = (instrument, listener) =>
{
    if (instrument.Name is "satisfactionkit.pads.disconnections" or "satisfactionkit.pads.presses.dropped")
    {
        listener.EnableMeasurementEvents(instrument);
    }
};
var dropped = 0;
meters.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
{
    if (instrument.Name == "satisfactionkit.pads.presses.dropped")
    {
        Interlocked.Add(ref dropped, (int)value);
    }
    else
    {
        Interlocked.Add(ref disconnections, (int)value);
    }
});
meters.Start();

var expected = int.Parse(expectedText, System.Globalization.CultureInfo.InvariantCulture);
var store = new RecordingStores();
var services = new ServiceCollection();
services.AddLogging(b => b.AddProvider(new SatisfactionKit.Devices.Harness.StderrLoggerProvider()));
services.AddSingleton<IRatingStore>(store);
services.AddSingleton<IPromptStore>(store);
switch (transportName)
{
    case "config": break;
    case "hidraw": services.AddSingleton<IPadTransport, HidrawTransport>(); break;
    case "libusb": services.AddSingleton<IPadTransport, LibUsbTransport>(); break;
    default: services.AddSingleton<IPadTransport>(new EvdevTransport(d => d.VendorId == 0x1209 && d.ProductId == 0x5A07)); break;
}

var kit = services.AddSatisfactionKit(o =>
{
    o.DefaultScheme = args.Length > 3 ? RatingSchemes.ThreeLevel : RatingSchemes.FourSmiley;
    o.MinimumResponseInterval = TimeSpan.Zero;
});
if (transportName == "config")
{
    // Nothing about the pads in code: the settings file's "Pads" section is the whole setup.
    var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(serial)).Build();
    kit.AddRatingPads(configuration.GetSection("Pads"));
}
else
{
    kit.AddRatingPads(o =>
    {
        o.ScanInterval = TimeSpan.FromMilliseconds(50);
        if (transportName == "evdev")
        {
            // Keyboard profiles match no vendor id, so the binding names the profile.
            o.BindCounter("QUAY-01", d => d.SerialNumber == serial, "keyboard-4");
        }
        else
        {
            o.BindSerialNumber("QUAY-01", serial);
        }

        if (args.Length > 3)
        {
            o.ProfileFiles.Add(args[3]);
        }
    });
}

await using var provider = services.BuildServiceProvider();
var hosted = provider.GetServices<IHostedService>().ToArray();
var seconds = int.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_HARNESS_TIMEOUT"), out var s) ? s : 20;
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
var coordinator = provider.GetRequiredService<IPromptCoordinator>();
var dossier = 0;
if (transportName != "hidraw" && expected > 0)
{
    dossier++;
    await coordinator.OpenAsync(new PromptRequest("QUAY-01", new DossierReference($"000.00.17.H29-261102-{dossier:D4}", "1.001234", "UBND-Q1", "CB-007", "QUAY-01")), timeout.Token);
    Console.WriteLine($"OPENED {dossier}");
}

foreach (var service in hosted)
{
    await service.StartAsync(timeout.Token);
}

try
{
    var started = DateTime.UtcNow;
    while (store.Ratings.Count < expected || (untilUnplugged && Volatile.Read(ref disconnections) == 0) || DateTime.UtcNow - started < runFor)
    {
        if (store.Ratings.Count < expected && coordinator.GetStatus("QUAY-01") is not { IsOpen: true })
        {
            // Waits until the pad is connected, so the prompt's LED report follows the idle one.
            while (provider.GetRequiredService<RatingPadHost>().ConnectedPads.Count == 0)
            {
                await Task.Delay(20, timeout.Token);
            }

            dossier++;
            await coordinator.OpenAsync(new PromptRequest("QUAY-01", new DossierReference($"000.00.17.H29-261102-{dossier:D4}", "1.001234", "UBND-Q1", "CB-007", "QUAY-01")), timeout.Token);
            Console.WriteLine($"OPENED {dossier}");
        }

        await Task.Delay(20, timeout.Token);
    }

    // Gives the thank-you LED report time to be written (the script checks it).
    await Task.Delay(300, CancellationToken.None);
}
catch (OperationCanceledException)
{
    Console.WriteLine("TIMEOUT");
}

foreach (var rating in store.Ratings)
{
    Console.WriteLine($"RATING {rating.Dossier?.CounterId} {string.Join(',', rating.Answers.Select(a => a.LevelCode).Distinct())} {rating.DeviceId}");
}

foreach (var service in hosted)
{
    await service.StopAsync(CancellationToken.None);
}

Console.WriteLine($"DISCONNECTIONS {Volatile.Read(ref disconnections)}");
Console.WriteLine($"STRAYS {store.StrayPresses.Count}");
Console.WriteLine($"DROPPED {Volatile.Read(ref dropped)}");
if (provider.GetServices<IPadTransport>().OfType<LibUsbTransport>().FirstOrDefault() is { } libusb)
{
    Console.WriteLine($"LIBUSB hotplug={libusb.UsesHotplug}");
}

return store.Ratings.Count == expected && (!untilUnplugged || disconnections > 0) ? 0 : 1;
