using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit;
using SatisfactionKit.Benchmarks.PadHost;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Simulated;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

// The pad host of P5: `SatisfactionKit.Benchmarks.PadHost --size N` runs the host with 8 simulated
// pads (built-in generic 4-button HID profile) for N presses and prints, for the parent
// (`scenario padhost` of the benchmarks) to read:
//   rss <presses> <VmRSS kB> <managed kB>   20 times along the run, and once before the first press
//   seconds <s>                             the presses' wall time
//   collected <VmRSS kB> <managed kB>       after a full, compacting collection
// Each pad's loop opens a prompt, sends the button report and waits until the rating reaches the
// store, then releases the button.
const int Pads = 8;
var at = Array.IndexOf(args, "--size");
if (at < 0 || at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var presses) || presses < 1)
{
    Console.Error.WriteLine("usage: SatisfactionKit.Benchmarks.PadHost --size N");
    return 2;
}

var transport = new SimulatedPadTransport();
var store = new CountingStore();
var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<IPadTransport>(transport);
services.AddSingleton<IRatingStore>(store);
services.AddSingleton<IPromptStore>(store);
services.AddSatisfactionKit(o =>
    {
        o.DefaultScheme = RatingSchemes.FourSmiley;
        o.MinimumResponseInterval = TimeSpan.Zero;
    })
    .AddRatingPads(o =>
    {
        for (var p = 0; p < Pads; p++)
        {
            o.BindSerialNumber(Counter(p), $"SN-{p}");
        }
    });
await using var provider = services.BuildServiceProvider();
var pads = Enumerable.Range(0, Pads)
    .Select(p => transport.Add($"sim-{p}", BuiltInPadProfiles.GenericVendorId, BuiltInPadProfiles.Generic4ButtonProductId, $"SN-{p}"))
    .ToArray();
var hosted = provider.GetServices<IHostedService>().ToArray();
foreach (var service in hosted)
{
    await service.StartAsync(CancellationToken.None);
}

var host = provider.GetRequiredService<RatingPadHost>();
var deadline = DateTime.UtcNow.AddSeconds(30);
while (host.ConnectedPads.Count < Pads)
{
    if (DateTime.UtcNow > deadline)
    {
        throw new TimeoutException("The simulated pads did not connect.");
    }

    await Task.Delay(20);
}

var coordinator = provider.GetRequiredService<IPromptCoordinator>();
var sampleEvery = Math.Max(presses / 20, 1);
long done = 0;
var started = Stopwatch.GetTimestamp();
Console.WriteLine(FormattableString.Invariant($"rss 0 {ResidentKilobytes()} {GC.GetTotalMemory(false) / 1024}"));
await Task.WhenAll(Enumerable.Range(0, Pads).Select(p => Task.Run(async () =>
{
    var counter = Counter(p);
    var rated = store.Signal(counter);
    for (var i = p; i < presses; i += Pads)
    {
        await coordinator.OpenAsync(new PromptRequest(counter, new DossierReference($"000.00.17.H29-261123-{i:0000000}", "1.001612", "UBND-Q1", "CB-007", counter)));
        // Button 2 of the generic 4-button pad: "HL" (report id 1, one bit per button).
        if (!pads[p].Send(1, 0b0010))
        {
            throw new InvalidOperationException($"Pad {p} is not open.");
        }

        await rated.WaitAsync();

        // The button is released (the decoder rates on the press edge only), and the display
        // reports the simulator recorded are dropped: they are the simulator's memory, not the host's.
        pads[p].Send(1, 0);
        while (pads[p].Outputs.TryDequeue(out _))
        {
        }

        var total = Interlocked.Increment(ref done);
        if (total % sampleEvery == 0)
        {
            Console.WriteLine(FormattableString.Invariant($"rss {total} {ResidentKilobytes()} {GC.GetTotalMemory(false) / 1024}"));
        }
    }
})));
Console.WriteLine(FormattableString.Invariant($"seconds {Stopwatch.GetElapsedTime(started).TotalSeconds}"));
// After a full collection: what the host really holds on to, whatever the GC had not reclaimed yet.
GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
GC.WaitForPendingFinalizers();
Console.WriteLine(FormattableString.Invariant($"collected {ResidentKilobytes()} {GC.GetTotalMemory(true) / 1024}"));
if (store.Count != presses)
{
    throw new InvalidOperationException($"{store.Count} ratings for {presses} presses.");
}

foreach (var service in hosted)
{
    await service.StopAsync(CancellationToken.None);
}

return 0;

static string Counter(int pad) => $"QUAY-{pad:00}";

// VmRSS of this process, in kB.
static long ResidentKilobytes()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
        {
            return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
    }

    throw new InvalidOperationException("/proc/self/status has no VmRSS line.");
}
