// Runs the pad host over the real hidraw transport with Core, opens a prompt on QUAY-01 and prints
// each stored rating as "RATING <counter> <level> <device>"; exits 0 after the expected number of ratings.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SatisfactionKit.Devices.Hosting;
using SatisfactionKit.Devices.Transports;
using SatisfactionKit.Devices.Transports.Hidraw;
using SatisfactionKit.Prompts;
using SatisfactionKit.Ratings;
using SatisfactionKit.Schemes;
using SatisfactionKit.Testing;

if (args is not ["hidraw", var serial, var expectedText, ..])
{
    Console.Error.WriteLine("usage: harness hidraw <serial> <expected-ratings> [profile.json]");
    return 2;
}

var expected = int.Parse(expectedText, System.Globalization.CultureInfo.InvariantCulture);
var store = new RecordingStores();
var services = new ServiceCollection();
services.AddSingleton<IRatingStore>(store);
services.AddSingleton<IPromptStore>(store);
services.AddSingleton<IPadTransport, HidrawTransport>();
services.AddSatisfactionKit(o =>
    {
        o.DefaultScheme = args.Length > 3 ? RatingSchemes.ThreeLevel : RatingSchemes.FourSmiley;
        o.MinimumResponseInterval = TimeSpan.Zero;
    })
    .AddRatingPads(o =>
    {
        o.ScanInterval = TimeSpan.FromMilliseconds(50);
        o.BindSerialNumber("QUAY-01", serial);
        if (args.Length > 3)
        {
            o.ProfileFiles.Add(args[3]);
        }
    });
await using var provider = services.BuildServiceProvider();
var hosted = provider.GetServices<IHostedService>().ToArray();
var seconds = int.TryParse(Environment.GetEnvironmentVariable("SATISFACTIONKIT_HARNESS_TIMEOUT"), out var s) ? s : 20;
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
foreach (var service in hosted)
{
    await service.StartAsync(timeout.Token);
}

var coordinator = provider.GetRequiredService<IPromptCoordinator>();
var dossier = 0;
try
{
    while (store.Ratings.Count < expected)
    {
        if (coordinator.GetStatus("QUAY-01") is not { IsOpen: true })
        {
            // Waits until the pad is connected, so the prompt's LED report follows the idle one.
            while (provider.GetRequiredService<RatingPadHost>().ConnectedPads.Count == 0)
            {
                await Task.Delay(20, timeout.Token);
            }

            dossier++;
            await coordinator.OpenAsync(new PromptRequest("QUAY-01", new DossierReference($"000.00.17.H29-261102-{dossier:D4}", "1.001234", "UBND-Q1", "CB-007", "QUAY-01")), timeout.Token);
            Console.WriteLine($"OPENED {dossier}");
        }

        await Task.Delay(20, timeout.Token);
    }

    // Gives the thank-you LED report time to be written (the script checks it).
    await Task.Delay(300, CancellationToken.None);
}
catch (OperationCanceledException)
{
    Console.WriteLine("TIMEOUT");
}

foreach (var rating in store.Ratings)
{
    Console.WriteLine($"RATING {rating.Dossier?.CounterId} {string.Join(',', rating.Answers.Select(a => a.LevelCode).Distinct())} {rating.DeviceId}");
}

foreach (var service in hosted)
{
    await service.StopAsync(CancellationToken.None);
}

return store.Ratings.Count == expected ? 0 : 1;
