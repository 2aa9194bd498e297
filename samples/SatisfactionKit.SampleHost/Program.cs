using SatisfactionKit.Schemes;

// The sample one-stop host. It binds to 127.0.0.1 (port in appsettings.json) and prints its URL.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapGet("/", () => Results.Content(
    $"<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>SatisfactionKit</title>" +
    $"<h1>SatisfactionKit</h1><p>{RatingSchemes.All.Count} bộ tiêu chí có sẵn / built-in schemes.</p></html>",
    "text/html; charset=utf-8"));
app.MapGet("/api/schemes", () => RatingSchemes.All.Select(s => new { s.Code, s.Version, Name = s.Name.Vi, Criteria = s.Criteria.Count }));
app.MapHealthChecks("/health");

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"SatisfactionKit sample host: {url}");
    }
});

await app.RunAsync();
