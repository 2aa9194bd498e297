using System.CommandLine;

namespace SatisfactionKit.SampleHost.Commands;

/// <summary>
/// Command-line verbs on the same executable, for operators: they use the host's configuration and
/// services (same database, same keys) without starting the web server or the pad host.
/// <c>dotnet run --project samples/SatisfactionKit.SampleHost -- import phieu.xlsx --batch DOT-2026-10 --entered-by nv01</c>.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Verbs = ["import", "verify-chain", "export-checkpoint", "report", "rollups", "--help", "-h", "-?"];

    /// <summary>Whether the command line names a verb rather than starting the web host.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Runs the verb; the exit code is 0 on success, 1 when the work was refused, 2 on bad usage.</summary>
    public static Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var root = new RootCommand("SatisfactionKit sample host: lệnh cho người vận hành / operator commands");
        root.Subcommands.Add(ImportCommand.Create(services));
        root.Subcommands.Add(VerifyChainCommand.Create(services));
        root.Subcommands.Add(VerifyChainCommand.CreateExport(services));
        root.Subcommands.Add(ReportCommand.Create(services));
        root.Subcommands.Add(RollupsCommand.Create(services));
        return root.Parse(args).InvokeAsync(cancellationToken: cancellationToken);
    }
}
