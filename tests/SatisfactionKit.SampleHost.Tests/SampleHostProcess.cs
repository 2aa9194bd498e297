using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SatisfactionKit.SampleHost.Tests;

/// <summary>The sample host started as its own process on a free 127.0.0.1 port, as an integrator runs it.</summary>
internal sealed class SampleHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SampleHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<SampleHostProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "SatisfactionKit.SampleHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            // The sample's own folder is the content root, as with `dotnet run`: its wwwroot and appsettings.json.
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", SampleDirectory() },
            WorkingDirectory = SampleDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The sample host did not start.");
        var host = new SampleHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => host.Output.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The sample host exited with {process.ExitCode}:\n{string.Join('\n', host.Output)}");
            }

            try
            {
                using var response = await client.GetAsync("health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"The sample host did not answer within 60 s:\n{string.Join('\n', host.Output)}");
    }

    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; } = new();

    /// <summary>Runs an operator command (<c>import</c>, <c>verify-chain</c>, <c>report</c>…) of the sample's executable to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SampleDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SatisfactionKit.SampleHost.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The working directory is the content root (no --contentRoot: the verb's own parser owns the arguments).
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The sample host did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The settings that give the sample a fresh SQLite file and keys of its own in a new folder, and the demo accounts' password.</summary>
    public static Dictionary<string, string> FreshSqliteSettings()
    {
        var data = Directory.CreateTempSubdirectory("sk-sample-");
        return new Dictionary<string, string>
        {
            ["SampleHost__SqliteFile"] = Path.Combine(data.FullName, "sample.db"),
            ["SampleHost__SigningKeyFile"] = Path.Combine(data.FullName, "signing.key"),
            ["SampleHost__CheckpointKeyFile"] = Path.Combine(data.FullName, "checkpoint.key"),
            ["SampleHost__KeysDirectory"] = Path.Combine(data.FullName, "keys"),
            ["SampleHost__DemoPassword"] = DemoSignIn.Password,
        };
    }

    /// <summary>Starts the host on a new, empty SQLite file of its own, so tests never share demo data.</summary>
    public static Task<SampleHostProcess> StartWithFreshSqliteAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var all = FreshSqliteSettings();
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return StartAsync(all, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>
    /// Starts the host on a new database of its own on the test PostgreSQL server, switched by the one
    /// setting the README documents (<c>SampleHost:Database = PostgreSql</c>).
    /// </summary>
    public static async Task<SampleHostProcess> StartWithFreshPostgresAsync(CancellationToken cancellationToken)
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Testing.TestEnvironment.PostgresConnectionString());
        var database = $"sk_sample_{Guid.NewGuid():N}";
        await using (var connection = new Npgsql.NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        server.Database = database;
        return await StartAsync(
            new Dictionary<string, string>
            {
                ["SampleHost__Database"] = "PostgreSql",
                ["ConnectionStrings__PostgreSql"] = server.ConnectionString,
                ["SampleHost__SigningKeyFile"] = Path.Combine(Directory.CreateTempSubdirectory("sk-sample-").FullName, "signing.key"),
                ["SampleHost__KeysDirectory"] = Path.Combine(Directory.CreateTempSubdirectory("sk-sample-").FullName, "keys"),
                ["SampleHost__DemoPassword"] = DemoSignIn.Password,
            },
            cancellationToken);
    }

    private static string SampleDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SatisfactionKit.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "SatisfactionKit.SampleHost");
            }
        }

        throw new DirectoryNotFoundException("SatisfactionKit.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
