using System.Diagnostics;
using SatisfactionKit.Testing;

namespace SatisfactionKit.Devices.Tests.Transports;

/// <summary>Starts the device harness under <c>umockdev-run</c> and collects what it printed.</summary>
internal static class UmockdevHarness
{
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Umockdev");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <param name="umockdevArgs">The device and replay arguments of umockdev-run (-d, -i, -s, -e).</param>
    /// <param name="harnessArgs">The harness's own arguments.</param>
    /// <param name="harnessTimeoutSeconds">How long the harness waits for its ratings.</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] umockdevArgs, string[] harnessArgs, int harnessTimeoutSeconds = 20)
    {
        var umockdevRun = TestEnvironment.Tool("umockdev-run");
        var harness = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "SatisfactionKit.Devices.Harness", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "SatisfactionKit.Devices.Harness");
        Assert.True(File.Exists(harness), $"The harness is not built at {harness}.");
        var start = new ProcessStartInfo(umockdevRun)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[.. umockdevArgs, "--", harness, .. harnessArgs])
        {
            start.ArgumentList.Add(arg);
        }

        // Without this every dotnet process hangs at start under umockdev's preload.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["SATISFACTIONKIT_HARNESS_TIMEOUT"] = harnessTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(harnessTimeoutSeconds + 20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
