using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SatisfactionKit.Channels;
using SatisfactionKit.SampleHost.Api;
using SatisfactionKit.Server;
using SatisfactionKit.SampleHost.Commands;
using SatisfactionKit.SampleHost.Data;
using SatisfactionKit.SampleHost.Reporting;
using SatisfactionKit.SampleHost.SignIn;

// The sample one-stop host: the way a vendor wires SatisfactionKit into an ASP.NET Core app.
// Embedded default: a SQLite file under ./data, created and migrated on first start with demo data.
// PostgreSQL: set SampleHost:Database to "PostgreSql" and ConnectionStrings:PostgreSql.
var builder = WebApplication.CreateBuilder(args);

var database = builder.Configuration["SampleHost:Database"] ?? "Sqlite";
if (string.Equals(database, "PostgreSql", StringComparison.OrdinalIgnoreCase))
{
    var connectionString = builder.Configuration.GetConnectionString("PostgreSql")
        ?? throw new InvalidOperationException("Thiếu ConnectionStrings:PostgreSql trong khi SampleHost:Database là PostgreSql. / ConnectionStrings:PostgreSql is missing while SampleHost:Database is PostgreSql.");
    builder.Services.AddDbContext<OneStopDbContext, PostgresOneStopDbContext>(options => options
        .UseNpgsql(connectionString)
        .AddSatisfactionKitInterceptors());
}
else
{
    var file = DataFile("SampleHost:SqliteFile", "satisfactionkit.db");
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    builder.Services.AddDbContext<OneStopDbContext, SqliteOneStopDbContext>(options => options
        .UseSqlite($"Data Source={file}")
        .AddSatisfactionKitInterceptors());
}

// The signing key of verification codes and rating links: from a file beside the database here; from
// the vendor's key store in production (never from source control).
var signingKey = builder.Configuration["SatisfactionKit:Channels:SigningKey"] is { Length: > 0 } configuredKey
    ? configuredKey
    : SigningKeyFile.LoadOrCreate(DataFile("SampleHost:SigningKeyFile", "signing.key"));

// The whole SatisfactionKit wiring: options from configuration, stores in the vendor's own context.
builder.Services.AddSingleton<IDossierStatusSource, OneStopDossierStatusSource>();
// Sample quotas and QĐ 766: dossiers returned per unit from the one-stop tables; the sampling plan from SampleHost:SamplingPlan.
builder.Services.AddSampleReporting(builder.Configuration);
var satisfactionKit = builder.Services.AddSatisfactionKit(builder.Configuration.GetSection("SatisfactionKit").Bind)
    .AddEntityFrameworkStores<OneStopDbContext>()
    .UseSqliteFastPath()           // the embedded default; serves nothing when PostgreSQL is configured
    .AddChannels(o =>
    {
        builder.Configuration.GetSection("SatisfactionKit:Channels").Bind(o);
        o.SigningKey = signingKey;
    })
    // The paper import's .csv and .xlsx files (SatisfactionKit.Spreadsheets); the report exports use it too.
    .AddSpreadsheets()
    // Rating invitations (the signed link by e-mail or SMS): through SMTP when SampleHost:Smtp:Host is set
    // (SatisfactionKit.Notifications), otherwise written to data/invitations.tsv for development.
    .AddRatingInvitations(o =>
    {
        o.RatingPage = new Uri("http://localhost:5080/danh-gia");
        builder.Configuration.GetSection("SatisfactionKit:Invitations").Bind(o);
    })
    // Signed chain checkpoints (export-checkpoint, verify-chain --checkpoint): a key of their own.
    .AddChainCheckpoints(o =>
    {
        o.KeyId = "sample";
        o.Key = Convert.FromBase64String(SigningKeyFile.LoadOrCreate(DataFile("SampleHost:CheckpointKeyFile", "checkpoint.key")));
    });

if (builder.Configuration["SampleHost:Smtp:Host"] is { Length: > 0 })
{
    satisfactionKit.AddMailInvitations(builder.Configuration.GetSection("SampleHost:Smtp").Bind);
}
else
{
    builder.Services.AddSingleton<IRatingInvitationSender>(new FileRatingInvitationSender(DataFile("SampleHost:InvitationsFile", "invitations.tsv")));
}

// The central server (SatisfactionKit.AspNetCore): endpoint groups and the counter hub. With SampleHost:Redis set,
// several sample hosts share a Redis backplane (docs/deployment.md); the embedded default needs none.
var server = satisfactionKit.AddServer(o =>
{
    builder.Configuration.GetSection("SatisfactionKit:Server").Bind(o);
    // DEMO ONLY: the on-screen pad (pad.html) names its own counter in headers; a real counter device is enrolled.
    o.AllowDevelopmentCounterIdentities = builder.Configuration.GetValue("SampleHost:DevelopmentCounterIdentities", true);
});
if (builder.Configuration["SampleHost:Redis"] is { Length: > 0 } redis)
{
    server.UseRedisBackplane(redis);
}

// Opt-in (SampleHost:DeviceEnrollment=true): counter agents (samples/SatisfactionKit.SampleAgent) run apart and enroll
// with a one-time code from POST /api/devices (README, "Host and agent apart"), which a unit administrator (quantri.q1,
// for UBND-Q1) or the province administrator (quantri.tinh) asks for: the server package's DeviceAdmin policy.
var deviceEnrollment = builder.Configuration.GetValue("SampleHost:DeviceEnrollment", false);
if (deviceEnrollment)
{
    server.UseDeviceEnrollment();
}

// Sign-in: ASP.NET Core Identity on the sample's database and its cookie (SignIn/SampleSignIn.cs); demo accounts are
// written on the first start (SignIn/DemoAccountSeeder.cs). The policies map SatisfactionKit's roles and unit claims
// (SignIn/SamplePolicies.cs, docs/security.md); counter devices keep their own scheme.
builder.Services.AddSampleSignIn();
// The cookie's data-protection keys in a folder (data/keys by default): a restart keeps people signed in, and several
// nodes behind one load balancer must be given the same folder (or a shared key store) to read each other's cookies.
builder.Services.AddDataProtection()
    .SetApplicationName("SatisfactionKit.SampleHost")
    .PersistKeysToFileSystem(new DirectoryInfo(DataFile("SampleHost:KeysDirectory", "keys")));
builder.Services.AddScoped<DemoAccountSeeder>();
builder.Services.AddAuthorizationBuilder().AddSamplePolicies();

// Real pads when SampleHost:Pads:Enabled is true: transports, profiles, bindings and limits all from that
// section, no pad code here (docs/devices.md). The on-screen pad (pad.html) works either way.
var pads = builder.Configuration.GetSection("SampleHost:Pads");
if (pads.GetValue<bool>("Enabled"))
{
    satisfactionKit.AddRatingPads(pads);
}

builder.Services.AddSingleton<ReportRequest>();
// /health sees the database: Unhealthy while PostgreSQL (or the SQLite file) is away.
builder.Services.AddHealthChecks().AddSatisfactionKitDatabase<OneStopDbContext>();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
    await db.Database.MigrateAsync();
    // The reports' roll-ups: built once (instant on a new database; on one from before roll-ups, from its
    // ratings), then every write keeps them and reports read them (docs/efcore.md, "Roll-ups").
    var rollups = scope.ServiceProvider.GetRequiredService<SatisfactionKit.EntityFrameworkCore.Rollups.IRatingRollups>();
    if (!await rollups.IsBuiltAsync())
    {
        await rollups.RebuildAsync();
    }
    if (await DemoData.SeedAsync(db, TimeProvider.System))
    {
        await DemoRatings.SeedAsync(scope.ServiceProvider.GetRequiredService<SatisfactionKit.Ratings.IRatingStore>(), TimeProvider.System, db);
        // The unit registry: a hierarchy with the 2025 merger, and ratings before and after it.
        var units = scope.ServiceProvider.GetRequiredService<SatisfactionKit.Units.IUnitRegistry>();
        await scope.ServiceProvider.GetRequiredService<SatisfactionKit.Units.IUnitStore>().ReplaceAsync(DemoUnits.Catalogue, units.Today);
        await DemoUnits.SeedRatingsAsync(scope.ServiceProvider.GetRequiredService<SatisfactionKit.Ratings.IRatingStore>());
    }
}

// Messages (refusals, validation errors) in the caller's language: Vietnamese unless it asks for English.
app.UseRequestLocalization(o => o
    .AddSupportedCultures("vi", "en")
    .AddSupportedUICultures("vi", "en")
    .SetDefaultCulture("vi"));
// Operator commands (import, verify-chain, report) run against the same services, then exit.
if (OperatorCommands.IsCommand(args))
{
    return await OperatorCommands.RunAsync(app.Services, args, app.Lifetime.ApplicationStopping);
}

// The demo accounts (first start: printed once with their password, or SampleHost:DemoPassword).
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
}

// Outages as 503 problem documents, and the citizens' rate limit (per client address; behind a reverse proxy set
// SatisfactionKit:Server:KnownProxies or KnownNetworks, or every citizen is the proxy's one address: docs/security.md).
app.UseSatisfactionKit();
app.UseStaffPages();                // counter, pad and dashboard pages: signed-in people only (else the sign-in page)
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapHealthChecks("/health");
app.MapSatisfactionKit("/api");    // citizens' online rating and status, receipts, counter commands and devices, reports, /hubs/counters
app.MapSatisfactionKitKiosk("/kiosk", "/api"); // the tablet facing the citizen, paired with an enrollment code (SampleHost:DeviceEnrollment)
app.MapCounterApi();                // the sample's own: its counters, "return the result"
app.MapDossierApi();                // the sample's own: its dossiers
app.MapReportApi();                 // charts, Excel and CSV exports (SatisfactionKit.Charts, .Spreadsheets)
app.MapInvitationApi();             // the sample's own: send a rating link; response rate per channel
app.MapAlertApi();                  // the sample's own: open alerts, acknowledge with a comment
app.MapUnitReportApi();             // roll-ups along the unit hierarchy, as recorded or as restructured
app.MapAccountApi();                // sign in and out, /api/me

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"SatisfactionKit sample host: {url}  (database: {database})");
    }
});

await app.RunAsync();
return 0;

// A file named by a setting, or data/<name> by default; a relative path is taken from the sample's folder,
// wherever the command is run from.
string DataFile(string setting, string defaultName) =>
    Path.GetFullPath(builder.Configuration[setting] ?? Path.Combine("data", defaultName), builder.Environment.ContentRootPath);
