using System.Diagnostics;
using System.Globalization;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// P5: the pad host (<c>AddRatingPads</c>) with 8 simulated pads in a child process of its own
/// (tests/SatisfactionKit.Benchmarks.PadHost, which says what it runs), so that its resident set is
/// the host's alone. The child samples VmRSS from <c>/proc/self/status</c> 20 times along the run and
/// prints each sample; the parent reports the sample before the first press, the largest, the
/// sample after the first quarter of the presses, the last one and the one after a full collection.
/// </summary>
public static class PadHostMemoryScenario
{
    public const string Name = "padhost";

    /// <summary>The pad host's assembly, built beside the benchmarks (the project references it).</summary>
    public const string ChildAssembly = "SatisfactionKit.Benchmarks.PadHost.dll";

    /// <summary>Runs the pad host for <paramref name="presses"/> presses and reports its memory.</summary>
    /// <param name="presses">The presses over all 8 pads.</param>
    /// <param name="child">
    /// A published pad host executable (NativeAOT, as docs/devices.md recommends); <see langword="null"/>
    /// for the JIT build beside the benchmarks, started with <c>dotnet exec</c>.
    /// </param>
    public static async Task<ScenarioResult> RunAsync(int presses, string? child = null)
    {
        var start = new ProcessStartInfo(child ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (child is null)
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, ChildAssembly));
        }

        start.ArgumentList.Add("--size");
        start.ArgumentList.Add(presses.ToString(CultureInfo.InvariantCulture));

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The pad host child process did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var samples = new List<(long Presses, double Megabytes, double Managed)>();
        double seconds = 0;
        (double Megabytes, double Managed) collected = default;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
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

        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || samples.Count < 2)
        {
            throw new InvalidOperationException($"The pad host child exited with {process.ExitCode}: {await errors}");
        }

        var quarter = samples.First(s => s.Presses >= presses / 4);
        var last = samples[^1];
        return new ScenarioResult(Name)
            .Add("presses", last.Presses)
            .Add("presses_per_s", last.Presses / seconds)
            .Add("rss.first_press.mb", samples[0].Megabytes)
            .Add("rss.max.mb", samples.Max(s => s.Megabytes))
            .Add("rss.after_quarter.mb", quarter.Megabytes)
            .Add("rss.end.mb", last.Megabytes)
            .Add("rss.growth_after_quarter.mb", last.Megabytes - quarter.Megabytes)
            .Add("managed.after_quarter.mb", quarter.Managed)
            .Add("managed.end.mb", last.Managed)
            .Add("rss.after_full_gc.mb", collected.Megabytes)
            .Add("managed.after_full_gc.mb", collected.Managed);
    }
}
