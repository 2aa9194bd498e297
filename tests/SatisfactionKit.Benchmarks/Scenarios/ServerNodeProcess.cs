using System.Diagnostics;
using System.Globalization;

namespace SatisfactionKit.Benchmarks.Scenarios;

/// <summary>
/// A central server node (tests/SatisfactionKit.Benchmarks.ServerNode, built beside the benchmarks) as its own
/// process, so that its resident set is the server's alone and not the simulated agents'.
/// </summary>
internal sealed class ServerNodeProcess : IAsyncDisposable
{
    private const string ChildAssembly = "SatisfactionKit.Benchmarks.ServerNode.dll";
    private readonly Process _process;
    private readonly Task<string> _errors;

    private ServerNodeProcess(Process process, Uri address, Task<string> errors)
    {
        _process = process;
        Address = address;
        _errors = errors;
    }

    public Uri Address { get; }

    /// <summary>Starts a node with <paramref name="settings"/> (<c>Node:…</c> keys) and waits until it serves.</summary>
    public static async Task<ServerNodeProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, ChildAssembly));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--Node:{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server node did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                // The rest of its output is drained so that a chatty node never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new ServerNodeProcess(process, new Uri(line["listening ".Length..]), errors);
            }
        }

        throw new InvalidOperationException($"The server node exited before serving: {await errors}");
    }

    /// <summary>The node's resident set now and at its peak (VmRSS, VmHWM), in MB.</summary>
    public (double Now, double Peak) ResidentMegabytes()
    {
        double now = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                now = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024.0;
            }
        }

        return (now, peak);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _ = await _errors;
        _process.Dispose();
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
