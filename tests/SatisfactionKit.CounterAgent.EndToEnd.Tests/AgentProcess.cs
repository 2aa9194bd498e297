using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SatisfactionKit.CounterAgent.EndToEnd.Tests;

/// <summary>
/// A counter agent as its own process: samples/SatisfactionKit.SampleAgent with its simulated pad, driven through its
/// console (<c>press HL</c>) and watched through it (<c>LED 02 0F</c>: the pad asks, <c>LED 02 80</c>: thank you).
/// Its credential and outbox live in <see cref="Folder"/>, which survives a kill and a restart.
/// </summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    public const string LedAsking = "LED 02 0F";
    public const string LedThanks = "LED 02 80";
    public const string LedIdle = "LED 02 00";

    /// <summary>The environment variable naming a published agent program to test instead of the JIT build.</summary>
    public const string AgentVariable = "SATISFACTIONKIT_TEST_AGENT";

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _log = [];

    private AgentProcess(Process process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    public string Folder { get; }

    public string OutboxPath => Path.Combine(Folder, "presses.db");

    public string CredentialPath => Path.Combine(Folder, "credential.json");

    /// <summary>Everything the agent printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(60));
            }
        }
    }

    public static string NewFolder() => Directory.CreateTempSubdirectory("sk-agent-").FullName;

    /// <summary>Starts the agent for the server at <paramref name="server"/>, its pad bound to <paramref name="counter"/>.</summary>
    public static AgentProcess Start(Uri server, string folder, string counter, string? enrollmentCode = null)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "SatisfactionKit.SampleAgent", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0");
        // SATISFACTIONKIT_TEST_AGENT names a published agent (e.g. the NativeAOT build) to run instead of the JIT one.
        var published = Environment.GetEnvironmentVariable(AgentVariable);
        var start = new ProcessStartInfo(published ?? "dotnet")
        {
            WorkingDirectory = published is null ? Path.GetFullPath(directory) : Path.GetDirectoryName(Path.GetFullPath(published))!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (published is null)
        {
            start.ArgumentList.Add("SatisfactionKit.SampleAgent.dll");
        }

        foreach (var argument in new[]
        {
            $"--CounterAgent:ServerUrl={server}",
            $"--CounterAgent:CredentialPath={Path.Combine(folder, "credential.json")}",
            $"--CounterAgent:OutboxPath={Path.Combine(folder, "presses.db")}",
            $"--CounterAgent:EnrollmentCode={enrollmentCode}",
            "--CounterAgent:ReconnectDelay=00:00:00.200",
            "--CounterAgent:MaxReconnectDelay=00:00:01",
            "--CounterAgent:PollInterval=00:00:00.500",
            $"--CounterAgent:Pads:Bindings:0:Counter={counter}",
            "--CounterAgent:Pads:ScanInterval=00:00:00.100",
            // Presses with no prompt are what the outage tests take in bulk: the pad's flood guard must not drop them.
            "--CounterAgent:Pads:MaxStrayPressesPerWindow=100000",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the agent did not start");
        var agent = new AgentProcess(process, folder);
        _ = agent.PumpAsync(process.StandardOutput);
        _ = agent.PumpAsync(process.StandardError);
        return agent;
    }

    /// <summary>Presses the pad's button of <paramref name="level"/> (down and up), once the simulator took the command.</summary>
    public async Task PressAsync(string level = "HL")
    {
        await _process.StandardInput.WriteLineAsync($"press {level}");
        await _process.StandardInput.FlushAsync();
        await NextAsync(l => l == "OK" || l.StartsWith("ERR", StringComparison.Ordinal), "the simulator's answer");
    }

    /// <summary>Waits for the next printed line that satisfies <paramref name="match"/> (within 20 s).</summary>
    public async Task<string> NextAsync(Func<string, bool> match, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(timeout.Token);
                if (line.StartsWith("ERR", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"agent: {line}\n{Log}");
                }

                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the agent did not show {what} within 20 s:\n{Log}");
        }
    }

    public Task WaitForLedAsync(string led) => NextAsync(l => l == led, led);

    /// <summary>The presses kept in the agent's outbox, read from its SQLite file (another process may read it).</summary>
    public long Kept()
    {
        if (!File.Exists(OutboxPath))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={OutboxPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM agent_presses";
        return (long)count.ExecuteScalar()!;
    }

    /// <summary>SIGKILL: no shutdown, no flush beyond what the agent made durable itself.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_log)
            {
                _log.Add(line);
            }

            _lines.Writer.TryWrite(line.Trim());
        }
    }
}
