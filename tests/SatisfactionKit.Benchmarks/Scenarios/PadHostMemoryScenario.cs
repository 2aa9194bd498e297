using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Simulated;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P5: the pad host (<c>AddRatingPads</c>) with 8 simulated pads (<see cref="SimulatedPadTransport"/>,
/// built-in generic 4-button HID profile) in a child process of its own, so that its resident set is
/// the host's alone. Each pad's loop opens a prompt, sends the button report and waits until the
/// rating reaches the store, then releases the button. The store counts and forgets (the stores' own memory is not the host's;
/// a store keeping a million ratings in memory would measure itself). The child samples VmRSS from
/// <c>/proc/self/status</c> 20 times along the run and prints each sample; the parent reports the
/// largest sample, the sample after the first quarter of the presses and the last one.
/// </summary>
public static class PadHostMemoryScenario
{
    public const string Name = "padhost";
    public const string ChildName = "padhost-child";
    public const int Pads = 8;

    public static async Task<ScenarioResult> RunAsync(int presses)
    {
        var assembly = typeof(PadHostMemoryScenario).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", assembly, "scenario", ChildName, "--size", presses.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The pad host child process did not start.");
        var errors = child.StandardError.ReadToEndAsync();
        var samples = new List<(long Presses, double Megabytes, double Managed)>();
        double seconds = 0;
        (double Megabytes, double Managed) collected = default;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ');
            if (parts[0] == "rss")
            {
                samples.Add((long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture) / 1024.0, long.Parse(parts[3], CultureInfo.InvariantCulture) / 1024.0));
            }
            else if (parts[0] == "collected")
            {
                collected = (long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0, long.Parse(parts[2], CultureInfo.InvariantCulture) / 1024.0);
            }
            else if (parts[0] == "seconds")
            {
                seconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        await child.WaitForExitAsync();
        if (child.ExitCode != 0 || samples.Count < 2)
        {
            throw new InvalidOperationException($"The pad host child exited with {child.ExitCode}: {await errors}");
        }

        var quarter = samples.First(s => s.Presses >= presses / 4);
        var last = samples[^1];
        return new ScenarioResult(Name)
            .Add("presses", last.Presses)
            .Add("presses_per_s", last.Presses / seconds)
            .Add("rss.max.mb", samples.Max(s => s.Megabytes))
            .Add("rss.after_quarter.mb", quarter.Megabytes)
            .Add("rss.end.mb", last.Megabytes)
            .Add("rss.growth_after_quarter.mb", last.Megabytes - quarter.Megabytes)
            .Add("managed.after_quarter.mb", quarter.Managed)
            .Add("managed.end.mb", last.Managed)
            .Add("rss.after_full_gc.mb", collected.Megabytes)
            .Add("managed.after_full_gc.mb", collected.Managed);
    }

    /// <summary>The child: runs the host and prints <c>rss &lt;presses&gt; &lt;kB&gt;</c> lines and <c>seconds &lt;s&gt;</c>.</summary>
    public static async Task<int> RunChildAsync(int presses)
    {
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
    }

    private static string Counter(int pad) => $"QUAY-{pad:00}";

    /// <summary>VmRSS of this process, in kB.</summary>
    private static long ResidentKilobytes()
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

    /// <summary>Counts ratings and signals their counter; keeps nothing.</summary>
    private sealed class CountingStore : IRatingStore, IPromptStore
    {
        private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.Ordinal);
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public SemaphoreSlim Signal(string counter) => _signals.GetOrAdd(counter, _ => new SemaphoreSlim(0));

        public ValueTask<RatingStoreResult> AddAsync(Rating rating, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            Signal(rating.Dossier!.CounterId!).Release();
            return ValueTask.FromResult(new RatingStoreResult(rating, false));
        }

        public ValueTask<Rating?> FindAsync(Guid id, CancellationToken cancellationToken = default) => ValueTask.FromResult<Rating?>(null);

        public ValueTask<Rating?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) => ValueTask.FromResult<Rating?>(null);

        public ValueTask<bool> ExistsForDossierAsync(string dossierCode, RatingChannel? channel, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public ValueTask AddPromptAsync(PromptRecord prompt, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask AddStrayPressAsync(StrayPress press, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
