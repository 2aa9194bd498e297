// A vendor's console app on the packed packages: wire SQLite, open a prompt, press, read the report.
// scripts/package-smoke.sh counts the lines between the two "wiring" markers and fails above ten.
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SatisfactionKit.EntityFrameworkCore;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Reports;

var databasePath = args.Length > 0 ? args[0] : "smoke.db";

// wiring: begin
var services = new ServiceCollection().AddLogging();
services.AddDbContext<SatisfactionKitDbContext>(o => o.UseSqlite($"Data Source={databasePath}"));
services.AddSatisfactionKit().AddEntityFrameworkStores<SatisfactionKitDbContext>().UseSqliteFastPath();
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<SatisfactionKitDbContext>().Database.EnsureCreatedAsync();
}
// wiring: end

var started = DateTimeOffset.UtcNow.AddMinutes(-1);
var coordinator = provider.GetRequiredService<IPromptCoordinator>();
var dossier = new DossierReference("000.00.17.H29-261207-0001", "1.001234", "UBND-Q1", "CB-007", "QUAY-01");
await coordinator.OpenAsync(new PromptRequest("QUAY-01", dossier));
var press = await coordinator.PressAsync(new CounterPress { CounterId = "QUAY-01", LevelCode = "HL", DeviceId = "PAD-0001" });
Console.WriteLine($"press: {press.Disposition}, rating {press.RatingId}");

var reports = provider.GetRequiredService<ISatisfactionReportQueries>();
var rows = await reports.GetSatisfactionAsync(new ReportFilter(started, DateTimeOffset.UtcNow.AddMinutes(1)), ReportGrouping.Unit);
foreach (var row in rows)
{
    Console.WriteLine($"report: unit {row.Key}, {row.Ratings} rating(s), {row.Satisfied} satisfied");
}

// The script reads the exit code: the press must be stored and the report must count it.
var ok = press.Disposition == PressDisposition.Rated
    && rows.Count == 1 && rows[0].Key == "UBND-Q1" && rows[0].Ratings == 1 && rows[0].Satisfied == 1;
Console.WriteLine(ok ? "package smoke: OK" : "package smoke: FAILED");
return ok ? 0 : 1;
