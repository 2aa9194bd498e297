using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.CounterAgent.Agent;
using SatisfactionKit.SampleAgent;

// The counter agent of one counter PC: everything comes from appsettings.json (or environment variables such as
// CounterAgent__ServerUrl, or --CounterAgent:ServerUrl=… arguments). Commands:
//   SatisfactionKit.SampleAgent                 runs the agent (as a console program, a systemd unit or a Windows service)
//   SatisfactionKit.SampleAgent enroll CODE     exchanges an administrator's one-time code for the device credential
var command = args.FirstOrDefault();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = command == "enroll" ? args[2..] : args,
    // The settings file beside the program, wherever it is started from (dotnet run, systemd, the service manager).
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Services.AddSystemd();
builder.Services.AddWindowsService(o => o.ServiceName = "SatisfactionKitAgent");
builder.Services.AddSatisfactionKit()
    .AddCounterAgent(builder.Configuration.GetSection("CounterAgent"));

// Relative paths in the settings are taken from the program's folder too, not from the current directory.
builder.Services.PostConfigure<CounterAgentOptions>(o =>
{
    o.CredentialPath = Rooted(o.CredentialPath);
    o.OutboxPath = Rooted(o.OutboxPath);
});

// The simulated pad (the default transport): typed presses on the console stand for the citizen's buttons.
builder.Services.AddHostedService<SimulatorConsole>();

using var host = builder.Build();
if (command == "enroll")
{
    if (args.Length < 2)
    {
        await Console.Error.WriteLineAsync("Cách dùng / usage: SatisfactionKit.SampleAgent enroll CODE");
        return 2;
    }

    try
    {
        var credential = await host.Services.GetRequiredService<CounterAgentEnrollment>().EnrollAsync(args[1]);
        Console.WriteLine($"Đã ghi danh / enrolled: {credential}");
        return 0;
    }
    catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
    {
        await Console.Error.WriteLineAsync(ex.Message);
        return 1;
    }
}

await host.RunAsync();
return 0;

string? Rooted(string? path) => path is null ? null : Path.GetFullPath(path, builder.Environment.ContentRootPath);
