using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SatisfactionKit.Testing;

namespace SatisfactionKit.CounterAgent.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the test's own, from the server binaries the test script names in
/// <c>SATISFACTIONKIT_TEST_PG_BIN</c>, on a free loopback port: a fault test can stop it hard
/// (<c>pg_ctl stop -m immediate</c>) without touching the shared cluster other tests run against.
/// As root the server runs as <c>postgres</c> (it refuses to run as root), as the test script does.
/// </summary>
public sealed class PrivatePostgresCluster : IAsyncDisposable
{
    public const string BinVariable = "SATISFACTIONKIT_TEST_PG_BIN";
    private const string ServerUser = "postgres";

    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port;

    private PrivatePostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        _port = port;
    }

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "satisfactionkit",
        Database = database,
        Timeout = 5,
        // Connections broken by an immediate stop are thrown away, not handed out again.
        Pooling = true,
        MaxPoolSize = 40,
    }.ConnectionString;

    public string DataFolder => Path.Combine(_folder, "data");

    public static async Task<PrivatePostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var bin = Environment.GetEnvironmentVariable(BinVariable);
        if (string.IsNullOrWhiteSpace(bin) || !File.Exists(Path.Combine(bin, "pg_ctl")))
        {
            TestEnvironment.Missing($"the PostgreSQL server binaries ({BinVariable} is not set or has no pg_ctl)");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"satisfactionkit-private-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (IsRoot)
        {
            await RunAsync("chown", [ServerUser, folder], cancellationToken);
        }

        var cluster = new PrivatePostgresCluster(bin!, folder, FreePort());
        await cluster.PgAsync($"'{bin}/initdb' -D '{cluster.DataFolder}' -U satisfactionkit --auth=trust -E UTF8 --locale=C.UTF-8", cancellationToken);
        await cluster.StartServerAsync(cancellationToken);
        return cluster;
    }

    public Task StartServerAsync(CancellationToken cancellationToken) => PgAsync(
        $"'{_bin}/pg_ctl' -D '{DataFolder}' -l '{_folder}/server.log' -w -t 60 start -o \"-h 127.0.0.1 -p {_port} -k '{_folder}' -c fsync=off -c max_connections=100\"",
        cancellationToken);

    /// <summary>Stops the server as a crash would: no checkpoint, every connection cut.</summary>
    public Task StopImmediateAsync(CancellationToken cancellationToken) =>
        PgAsync($"'{_bin}/pg_ctl' -D '{DataFolder}' -m immediate -w stop", cancellationToken);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await PgAsync($"'{_bin}/pg_ctl' -D '{DataFolder}' -m fast -w stop", CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private Task PgAsync(string command, CancellationToken cancellationToken) => IsRoot
        ? RunAsync("su", ["-s", "/bin/sh", ServerUser, "-c", command], cancellationToken)
        : RunAsync("/bin/sh", ["-c", command], cancellationToken);

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
