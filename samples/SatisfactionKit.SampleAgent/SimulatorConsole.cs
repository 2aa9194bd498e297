using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.Devices.Profiles;
using SatisfactionKit.Devices.Transports.Simulated;

namespace SatisfactionKit.SampleAgent;

/// <summary>
/// Drives the simulated pad (transport <c>simulated</c> in the settings) from standard input, so that the sample agent
/// works with no hardware and tests can drive it as a separate process: <c>press HL</c> presses the button of level HL
/// of a generic 4-button pad, <c>unplug</c> / <c>plug</c> pull and put back its cable. Each LED report the agent writes
/// to the pad is printed as <c>LED 02 0F</c> (02 80: thank you, 02 00: idle), each command answered <c>OK</c>.
/// Without the simulated transport, or with no console (a service), it does nothing.
/// </summary>
internal sealed class SimulatorConsole(IServiceProvider services, IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly PadProfile Profile = BuiltInPadProfiles.Generic4Button();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var transport = services.GetService<SimulatedPadTransport>();
        if (transport is null)
        {
            return;
        }

        var pad = transport.Add("sim-1", BuiltInPadProfiles.GenericVendorId, BuiltInPadProfiles.Generic4ButtonProductId, "SIM-1");
        var leds = Task.Run(() => PrintOutputsAsync(pad, stoppingToken), CancellationToken.None);
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested && await ReadLineAsync(stoppingToken).ConfigureAwait(false) is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var answer = words switch
            {
                ["press", var level] => Press(pad, level),
                ["unplug"] => Do(pad.Unplug),
                ["plug"] => Do(pad.Plug),
                ["quit"] => Do(lifetime.StopApplication),
                _ => "ERR press LEVEL | unplug | plug | quit",
            };
            Console.WriteLine(answer);
        }

        await leds.ConfigureAwait(false);
    }

    /// <summary>A console line, or <see langword="null"/> at the end of input or when the host stops.</summary>
    private static async Task<string?> ReadLineAsync(CancellationToken stoppingToken)
    {
        // Console reads block a thread and ignore cancellation: waiting on them here would hold the host's shutdown
        // (and so the agent's goodbye to the server) for the whole shutdown timeout.
        try
        {
            return await Task.Run(Console.In.ReadLine, CancellationToken.None).WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static string Press(SimulatedPad pad, string level)
    {
        var button = Profile.Buttons.FirstOrDefault(b => string.Equals(b.LevelCode, level, StringComparison.OrdinalIgnoreCase));
        if (button is null)
        {
            return "ERR unknown level " + level;
        }

        // Report id 1, then the button bitmap: down, then up (a real pad sends the release too).
        var bit = int.Parse(button.Input, CultureInfo.InvariantCulture);
        return pad.Send(1, (byte)(1 << bit)) && pad.Send(1, 0) ? "OK" : "ERR pad not open";
    }

    private static string Do(Action action)
    {
        action();
        return "OK";
    }

    private static async Task PrintOutputsAsync(SimulatedPad pad, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                while (pad.Outputs.TryDequeue(out var report))
                {
                    Console.WriteLine("LED " + Convert.ToHexString(report).ToUpperInvariant() switch { var hex => string.Join(' ', hex.Chunk(2).Select(c => new string(c))) });
                }

                await Task.Delay(20, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
