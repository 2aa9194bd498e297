using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SatisfactionKit;
using SatisfactionKit.Benchmarks.ServerNode;
using SatisfactionKit.Channels;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Server;

// A central server node for P6/P7. Settings (command line): --Node:Url (default http://127.0.0.1:0), --Node:Id,
// --Node:Sqlite FILE or --Node:Postgres CONNECTION, --Node:Redis HOST:PORT and --Node:RedisPrefix, --Node:Create true
// (the first node creates the schema). Prints "listening URL" when it serves.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Production" });
var node = builder.Configuration.GetSection("Node");
builder.WebHost.UseUrls(node["Url"] ?? "http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);

builder.Services.AddDbContext<SatisfactionKitDbContext>(o =>
{
    if (node["Postgres"] is { Length: > 0 } postgres)
    {
        o.UseNpgsql(postgres);
    }
    else
    {
        o.UseSqlite($"Data Source={node["Sqlite"] ?? "server-node.db"};Default Timeout=30");
    }

    o.AddSatisfactionKitInterceptors();
});
builder.Services.AddSingleton<IDossierStatusSource, BenchDossiers>();
var server = builder.Services.AddSatisfactionKit()
    .AddEntityFrameworkStores<SatisfactionKitDbContext>()
    .UseSqliteFastPath()
    .AddChannels(o => o.SigningKey = Convert.ToBase64String(new byte[32]))
    .AddServer(o =>
    {
        // Simulated agents name their counter in headers; the credential check is measured by the enrollment tests.
        o.AllowDevelopmentCounterIdentities = true;
        if (node["Id"] is { Length: > 0 } id)
        {
            o.NodeId = id;
        }
    });
if (node["Redis"] is { Length: > 0 } redis)
{
    server.UseRedisBackplane(redis, node["RedisPrefix"] ?? "satisfactionkit:");
}

// BENCHMARK ONLY: the officer's calls come from the benchmark process without a sign-in.
builder.Services.AddAuthorizationBuilder().AddPolicy(SatisfactionKitPolicies.Officer, p => p.RequireAssertion(_ => true));

var app = builder.Build();
if (node.GetValue<bool>("Create"))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync();
}

app.UseSatisfactionKit();
app.MapSatisfactionKit("/api");
await app.StartAsync();
Console.WriteLine("listening " + app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
await app.WaitForShutdownAsync();
